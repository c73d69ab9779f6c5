package org.sift.ui.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.sift.model.Dataset;
import org.sift.ui.TestDatasets;

class DatasetViewModelTest {

    @Test
    void groupsByReducedFormulaWithCountsAndShares() {
        DatasetViewModel vm = new DatasetViewModel();
        vm.setDataset(TestDatasets.six("six"));
        // Li30Si8 reduces to Li15Si4, so that group holds configurations 1, 4 and 5
        assertThat(vm.groups()).extracting(GroupRow::label).containsExactly("Li1Si64", "Li15Si4", "Li54Si1");
        assertThat(vm.groups()).extracting(GroupRow::count).containsExactly(2, 3, 1);
        assertThat(vm.groups().get(1).percent()).isCloseTo(50.0, within(1e-12));
        assertThat(vm.groups().stream().mapToDouble(GroupRow::percent).sum()).isCloseTo(100.0, within(1e-9));
        assertThat(vm.configurations()).hasSize(6);
        ConfigurationRow r = vm.configurations().get(5);
        assertThat(r.index()).isEqualTo(5);
        assertThat(r.formula()).isEqualTo("Li30Si8");
        assertThat(r.group()).isEqualTo("Li15Si4");
        assertThat(r.atoms()).isEqualTo(38);
        assertThat(r.energy()).isEqualTo(-120.0);
        assertThat(r.origin()).isEqualTo("six#5");
    }

    @Test
    void referencesDefaultToLowestAndHighestShareOfTheFirstSpecies() {
        DatasetViewModel vm = new DatasetViewModel();
        vm.setDataset(TestDatasets.six("six"));
        // Li is alphabetically first: 1/65 is the lowest, 54/55 the highest Li fraction
        assertThat(vm.referenceXProperty().get()).isEqualTo("Li1Si64");
        assertThat(vm.referenceYProperty().get()).isEqualTo("Li54Si1");
        assertThat(vm.groupLabels()).containsExactly("Li1Si64", "Li15Si4", "Li54Si1");
    }

    @Test
    void groupByAnInfoKey() {
        DatasetViewModel vm = new DatasetViewModel();
        vm.setDataset(TestDatasets.six("six"));
        assertThat(vm.groupByOptions()).containsExactly(DatasetViewModel.REDUCED_FORMULA, "config_type");
        vm.groupByProperty().set("config_type");
        assertThat(vm.groups()).extracting(GroupRow::label).containsExactly("crystal", "md");
        assertThat(vm.groups()).extracting(GroupRow::count).containsExactly(2, 4);
        assertThat(vm.configurations().get(3).group()).isEqualTo("md");
        // crystal: Li fraction 1/65; md: mean of 15/19, 54/55, 15/19, 30/38 > 1/65
        assertThat(vm.referenceXProperty().get()).isEqualTo("crystal");
        assertThat(vm.referenceYProperty().get()).isEqualTo("md");
        assertThat(vm.labelsProperty().get()).containsExactly("crystal", "md", "crystal", "md", "md", "md");
    }

    @Test
    void aNewDatasetWithoutTheKeyFallsBackToFormula() {
        DatasetViewModel vm = new DatasetViewModel();
        vm.setDataset(TestDatasets.six("six"));
        vm.groupByProperty().set("config_type");
        Dataset two = TestDatasets.two("two");
        vm.setDataset(two);
        assertThat(vm.groupByProperty().get()).isEqualTo(DatasetViewModel.REDUCED_FORMULA);
        assertThat(vm.groupByOptions()).containsExactly(DatasetViewModel.REDUCED_FORMULA);
        assertThat(vm.groups()).extracting(GroupRow::label).containsExactly("Si1");
        assertThat(vm.groups()).extracting(GroupRow::count).containsExactly(2);
        vm.setDataset(null);
        assertThat(vm.groups()).isEmpty();
        assertThat(vm.configurations()).isEmpty();
        assertThat(vm.referenceXProperty().get()).isNull();
    }
}
