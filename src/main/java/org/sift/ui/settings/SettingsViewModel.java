package org.sift.ui.settings;

import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sift.descriptor.SoapParameters;
import org.sift.similarity.KernelOptions;
import org.sift.workflow.AnalysisSettings;

/**
 * Editable SOAP and kernel settings as text fields with validation. The texts are parsed on every
 * change; the records' own checks (ranges) supply the reasons. {@link #validProperty()} is false
 * and {@link #errorProperty()} says why as long as any field is invalid.
 *
 * <p>Not edited here and carried over unchanged: the radial accuracy and the kernel normalisation.
 */
public final class SettingsViewModel {

    private final StringProperty cutoff = new SimpleStringProperty(this, "cutoff");
    private final StringProperty transitionWidth = new SimpleStringProperty(this, "transitionWidth");
    private final StringProperty sigma = new SimpleStringProperty(this, "sigma");
    private final StringProperty lMax = new SimpleStringProperty(this, "lMax");
    private final StringProperty centerWeight = new SimpleStringProperty(this, "centerWeight");
    private final StringProperty zeta = new SimpleStringProperty(this, "zeta");
    private final BooleanProperty separateCentralSpecies = new SimpleBooleanProperty(this, "separateCentralSpecies");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final ReadOnlyObjectWrapper<AnalysisSettings> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final double radialAccuracy;
    private final boolean normalise;

    public SettingsViewModel(AnalysisSettings initial) {
        radialAccuracy = initial.soap().radialAccuracy();
        normalise = initial.kernel().normalise();
        load(initial);
        for (StringProperty p : new StringProperty[] {cutoff, transitionWidth, sigma, lMax, centerWeight, zeta}) {
            p.addListener((o, a, b) -> validate());
        }
        separateCentralSpecies.addListener((o, a, b) -> validate());
        validate();
    }

    private void load(AnalysisSettings s) {
        SoapParameters p = s.soap();
        cutoff.set(fmt(p.cutoff()));
        transitionWidth.set(fmt(p.transitionWidth()));
        sigma.set(fmt(p.sigma()));
        lMax.set(Integer.toString(p.lMax()));
        centerWeight.set(fmt(p.centerWeight()));
        zeta.set(Integer.toString(s.kernel().zeta()));
        separateCentralSpecies.set(s.kernel().separateCentralSpecies());
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e6 ? String.format(Locale.ROOT, "%.1f", v) : Double.toString(v);
    }

    /** Puts the study's settings (docs/method.md) back into every field. */
    public void resetToStudyDefaults() {
        load(new AnalysisSettings(
                SoapParameters.STUDY.withRadialAccuracy(radialAccuracy),
                new KernelOptions(
                        KernelOptions.DEFAULT.zeta(), normalise, KernelOptions.DEFAULT.separateCentralSpecies())));
    }

    private void validate() {
        try {
            double rc = real("cutoff r_c", cutoff.get());
            double w = real("transition width w", transitionWidth.get());
            double s = real("sigma", sigma.get());
            int l = integer("l_max", lMax.get());
            double cw = real("central atom weight", centerWeight.get());
            int z = integer("zeta", zeta.get());
            SoapParameters p = new SoapParameters(rc, w, s, l, cw, radialAccuracy);
            KernelOptions k = new KernelOptions(z, normalise, separateCentralSpecies.get());
            result.set(new AnalysisSettings(p, k));
            error.set("");
            valid.set(true);
        } catch (IllegalArgumentException e) {
            result.set(null);
            error.set(e.getMessage());
            valid.set(false);
        }
    }

    private static double real(String name, String text) {
        try {
            double v = Double.parseDouble(text == null ? "" : text.trim());
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(name + " must be a finite number, got \"" + text + "\"");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, got \"" + (text == null ? "" : text) + "\"");
        }
    }

    private static int integer(String name, String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    name + " must be a whole number, got \"" + (text == null ? "" : text) + "\"");
        }
    }

    public StringProperty cutoffProperty() {
        return cutoff;
    }

    public StringProperty transitionWidthProperty() {
        return transitionWidth;
    }

    public StringProperty sigmaProperty() {
        return sigma;
    }

    public StringProperty lMaxProperty() {
        return lMax;
    }

    public StringProperty centerWeightProperty() {
        return centerWeight;
    }

    public StringProperty zetaProperty() {
        return zeta;
    }

    public BooleanProperty separateCentralSpeciesProperty() {
        return separateCentralSpecies;
    }
    /** Why the settings are invalid, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }
    /** The settings the fields describe, or null while invalid. */
    public ReadOnlyObjectProperty<AnalysisSettings> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public Optional<AnalysisSettings> result() {
        return Optional.ofNullable(result.get());
    }
}
