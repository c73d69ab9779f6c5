package org.sift.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sift.model.Configuration;

/**
 * Names every label that a format cannot hold, so that no label is dropped silently. One warning
 * per label: {@code "poscar cannot hold label 'forces' (present in 12 configurations); not written"}.
 */
public final class LabelWarnings {

    private LabelWarnings() {
    }

    public static List<String> check(String formatId, Capabilities caps, List<Configuration> configurations) {
        Map<String, Integer> dropped = new LinkedHashMap<>();
        for (Configuration c : configurations) {
            if (!caps.energy() && c.energy() != null) dropped.merge("energy", 1, Integer::sum);
            if (!caps.forces() && c.forces() != null) dropped.merge("forces", 1, Integer::sum);
            boolean stressKept = caps.stress() || (caps.virial() && c.cell().volume() != 0);
            if (c.stress() != null && !stressKept) dropped.merge("stress", 1, Integer::sum);
            boolean virialKept = caps.virial() || (caps.stress() && c.cell().volume() != 0);
            if (c.virial() != null && !virialKept) dropped.merge("virial", 1, Integer::sum);
            if (!caps.info()) {
                for (String k : c.info().keySet()) dropped.merge(k, 1, Integer::sum);
            }
            if (!caps.perAtomArrays()) {
                for (String k : c.arrays().keySet()) dropped.merge(k, 1, Integer::sum);
            }
            if (!caps.cell() && c.cell().hasLattice()) dropped.merge("cell", 1, Integer::sum);
            if (!caps.pbcPerAxis() && c.cell().anyPeriodic()
                    && !(c.cell().pbc()[0] && c.cell().pbc()[1] && c.cell().pbc()[2])) {
                dropped.merge("pbc", 1, Integer::sum);
            }
        }
        List<String> w = new ArrayList<>();
        dropped.forEach((k, n) -> w.add(formatId + " cannot hold label '" + k + "' (present in " + n
                + (n == 1 ? " configuration" : " configurations") + "); not written"));
        return w;
    }
}
