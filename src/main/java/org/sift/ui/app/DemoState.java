package org.sift.ui.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The hidden {@code --demo-state} option of the workbench (for scripted screenshots), parsed once
 * into typed fields: {@code key=value,key=value} with the keys
 *
 * <ul>
 * <li>{@code tab}: diagram (default), redundancy, sampling, accuracy (runs the learning curve) or configurations;</li>
 * <li>{@code n}: the subset size;</li>
 * <li>{@code random=true}: compare with random subsets; {@code log=true}: log n axis;</li>
 * <li>{@code select}: {@code auto} (a box in the middle of the diagram) or {@code x0:y0:x1:y1}
 *     (a box in data coordinates);</li>
 * <li>{@code colour}: the diagram's colouring ("Energy per atom", an info key…);</li>
 * <li>{@code named}: {@code NAME} or {@code NAME@K}, save the FPS subset of size K (default: n);</li>
 * <li>{@code window}: {@code WIDTHxHEIGHT} of the main window;</li>
 * <li>{@code ready}: a file written once the state is applied and the analysis is idle;</li>
 * <li>{@code dialog}: {@code figureset}, open File › Export Figure Set… once ready.</li>
 * </ul>
 * Unknown keys are an error, so that a typo in a script does not go unnoticed.
 */
public record DemoState(
        String tab,
        Integer n,
        boolean random,
        boolean log,
        double[] selectBox,
        boolean selectAuto,
        String colour,
        String namedSubset,
        Integer namedSize,
        int[] window,
        Path ready,
        String dialog) {

    private static final Set<String> KEYS =
            Set.of("tab", "n", "random", "log", "select", "colour", "named", "window", "ready", "dialog");

    /** Parses the option; an empty or null spec gives {@link #isEmpty() the empty state}. */
    public static DemoState parse(String spec) {
        Map<String, String> m = new LinkedHashMap<>();
        if (spec != null) {
            for (String part : spec.split(",")) {
                String t = part.trim();
                if (t.isEmpty()) continue;
                int eq = t.indexOf('=');
                if (eq <= 0) throw new IllegalArgumentException("demo state: expected key=value, got '" + t + "'");
                String key = t.substring(0, eq).trim().toLowerCase(Locale.ROOT);
                if (!KEYS.contains(key)) throw new IllegalArgumentException("demo state: unknown key '" + key + "'");
                m.put(key, t.substring(eq + 1).trim());
            }
        }
        String tab = m.containsKey("tab") ? m.get("tab").toLowerCase(Locale.ROOT) : null;
        if (tab != null
                && !Set.of("diagram", "redundancy", "sampling", "accuracy", "configurations")
                        .contains(tab)) {
            throw new IllegalArgumentException("demo state: tab=diagram, redundancy, sampling, accuracy or configurations");
        }
        Integer n = m.containsKey("n") ? Integer.valueOf(m.get("n")) : null;
        double[] box = null;
        boolean auto = false;
        String sel = m.get("select");
        if ("auto".equalsIgnoreCase(sel)) {
            auto = true;
        } else if (sel != null) {
            String[] v = sel.split(":");
            if (v.length != 4) throw new IllegalArgumentException("demo state: select=auto or select=x0:y0:x1:y1");
            box = new double[4];
            for (int k = 0; k < 4; k++) box[k] = Double.parseDouble(v[k]);
        }
        String named = m.get("named");
        Integer namedSize = null;
        if (named != null && named.indexOf('@') > 0) {
            namedSize = Integer.valueOf(named.substring(named.indexOf('@') + 1));
            named = named.substring(0, named.indexOf('@'));
        }
        int[] window = null;
        if (m.containsKey("window")) {
            String[] v = m.get("window").toLowerCase(Locale.ROOT).split("x");
            if (v.length != 2) throw new IllegalArgumentException("demo state: window=WIDTHxHEIGHT");
            window = new int[] {Integer.parseInt(v[0]), Integer.parseInt(v[1])};
        }
        String dialog = m.containsKey("dialog") ? m.get("dialog").toLowerCase(Locale.ROOT) : null;
        if (dialog != null && !dialog.equals("figureset"))
            throw new IllegalArgumentException("demo state: dialog=figureset");
        return new DemoState(
                tab,
                n,
                "true".equalsIgnoreCase(m.get("random")),
                "true".equalsIgnoreCase(m.get("log")),
                box,
                auto,
                m.get("colour"),
                named,
                namedSize,
                window,
                m.containsKey("ready") ? Path.of(m.get("ready")) : null,
                dialog);
    }

    /** True if the option set nothing. */
    public boolean isEmpty() {
        return tab == null
                && n == null
                && !random
                && !log
                && selectBox == null
                && !selectAuto
                && colour == null
                && namedSubset == null
                && window == null
                && ready == null
                && dialog == null;
    }
}
