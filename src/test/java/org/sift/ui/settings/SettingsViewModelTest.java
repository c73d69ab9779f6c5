package org.sift.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sift.descriptor.SoapParameters;
import org.sift.similarity.KernelOptions;
import org.sift.workflow.AnalysisSettings;

class SettingsViewModelTest {

    private static final AnalysisSettings CUSTOM =
            new AnalysisSettings(new SoapParameters(4.5, 1.0, 0.3, 8, 0.5, 1e-7), new KernelOptions(2, true, true));

    @Test
    void startsFromTheGivenSettingsAndIsValid() {
        SettingsViewModel vm = new SettingsViewModel(CUSTOM);
        assertThat(vm.isValid()).isTrue();
        assertThat(vm.result()).contains(CUSTOM);
        assertThat(vm.sigmaProperty().get()).isEqualTo("0.3");
        assertThat(vm.lMaxProperty().get()).isEqualTo("8");
    }

    @Test
    void invalidSigmaDisablesAndSaysWhy() {
        SettingsViewModel vm = new SettingsViewModel(AnalysisSettings.STUDY);
        vm.sigmaProperty().set("-0.2");
        assertThat(vm.isValid()).isFalse();
        assertThat(vm.result()).isEmpty();
        assertThat(vm.errorProperty().get()).contains("sigma").contains("> 0");
        vm.sigmaProperty().set("abc");
        assertThat(vm.errorProperty().get())
                .contains("sigma")
                .contains("number")
                .contains("abc");
        vm.sigmaProperty().set("0.5");
        assertThat(vm.isValid()).isTrue();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.result().orElseThrow().soap().sigma()).isEqualTo(0.5);
    }

    @Test
    void otherRangeChecksComeFromTheRecords() {
        SettingsViewModel vm = new SettingsViewModel(AnalysisSettings.STUDY);
        vm.transitionWidthProperty().set("5"); // wider than the cutoff
        assertThat(vm.errorProperty().get()).contains("transition width");
        vm.transitionWidthProperty().set("0.5");
        vm.lMaxProperty().set("4.5");
        assertThat(vm.errorProperty().get()).contains("l_max").contains("whole number");
        vm.lMaxProperty().set("21");
        assertThat(vm.errorProperty().get()).contains("l_max");
        vm.lMaxProperty().set("6");
        vm.zetaProperty().set("0");
        assertThat(vm.errorProperty().get()).contains("zeta");
        vm.zetaProperty().set("1");
        assertThat(vm.isValid()).isTrue();
    }

    @Test
    void resetRestoresTheStudyDefaultsAndKeepsUneditedFields() {
        SettingsViewModel vm = new SettingsViewModel(CUSTOM);
        vm.sigmaProperty().set("nonsense");
        vm.resetToStudyDefaults();
        assertThat(vm.isValid()).isTrue();
        AnalysisSettings s = vm.result().orElseThrow();
        assertThat(s.soap()).isEqualTo(SoapParameters.STUDY.withRadialAccuracy(1e-7));
        assertThat(s.kernel()).isEqualTo(KernelOptions.DEFAULT);
        assertThat(vm.sigmaProperty().get()).isEqualTo("0.4");
        assertThat(vm.separateCentralSpeciesProperty().get()).isFalse();
    }
}
