package org.sift.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sift.descriptor.SoapParameters;
import org.sift.model.Dataset;
import org.sift.similarity.KernelOptions;
import org.sift.testutil.FakeProviders;
import org.sift.testutil.TestData;
import org.sift.workflow.AnalysisResult;
import org.sift.workflow.AnalysisSettings;
import org.sift.workflow.FpsConstraints;
import org.sift.workflow.RandomComparison;

class AnalysisViewModelTest {

    final SyncJobRunner runner = new SyncJobRunner();
    final FakeProviders fake = new FakeProviders();
    final AnalysisViewModel vm = new AnalysisViewModel(runner, fake, 2, 0);

    /** Sets the inputs the way the dataset panel does: dataset, then labels, then both references. */
    void open(Dataset d) {
        vm.datasetProperty().set(d);
        vm.labelsProperty().set(d.formulaGroups());
        vm.groupXProperty().set("Li1Si3");
        vm.groupYProperty().set("Li3Si1");
    }

    @Test
    void aBurstOfChangesRunsOneJobAndCheapChangesReuseTheSimilarity() {
        Dataset d = TestData.lisi(60, 5);
        open(d);
        assertThat(vm.getResult()).isNull();
        runner.drain();
        assertThat(runner.started).containsExactly("Analysing test");
        assertThat(vm.getResult().dataset()).isSameAs(d);
        assertThat(vm.upToDateProperty().get()).isTrue();
        assertThat(vm.busyProperty().get()).isFalse();

        vm.groupXProperty().set("Li1Si1");
        runner.drain();
        assertThat(runner.started).containsExactly("Analysing test", "Similarity diagram");
        assertThat(vm.getResult().diagram().groupX()).isEqualTo("Li1Si1");

        vm.constraintsProperty().set(FpsConstraints.NONE.pin(7));
        runner.drain();
        assertThat(runner.started).endsWith("Farthest point sampling");
        assertThat(vm.getResult().fps().order()[0]).isEqualTo(7);
        assertThat(fake.computed.get()).isEqualTo(1);

        vm.settingsProperty()
                .set(new AnalysisSettings(new SoapParameters(3.0, 0.5, 0.45, 6, 1.0, 1e-6), KernelOptions.DEFAULT));
        runner.drain();
        assertThat(fake.computed.get()).isEqualTo(2);
        // pins are kept when only the settings change
        assertThat(vm.getResult().fps().order()[0]).isEqualTo(7);
    }

    @Test
    void aNewDatasetClearsPinsAndBans() {
        open(TestData.lisi(60, 5));
        runner.drain();
        vm.constraintsProperty().set(FpsConstraints.NONE.ban(3));
        runner.drain();
        Dataset other = TestData.lisi(40, 9);
        open(other);
        assertThat(vm.constraintsProperty().get()).isEqualTo(FpsConstraints.NONE);
        runner.drain();
        assertThat(vm.getResult().dataset()).isSameAs(other);
        assertThat(vm.getResult().fps().size()).isEqualTo(40);
    }

    @Test
    void aFailedJobKeepsThePreviousResultAndIsNotRetriedUntilAnInputChanges() {
        open(TestData.lisi(60, 5));
        runner.drain();
        AnalysisResult before = vm.getResult();
        fake.failure = new IllegalStateException("engine down");
        vm.settingsProperty()
                .set(new AnalysisSettings(new SoapParameters(3.0, 0.5, 0.3, 6, 1.0, 1e-6), KernelOptions.DEFAULT));
        runner.drain();
        assertThat(runner.failures).hasSize(1);
        assertThat(vm.getResult()).isSameAs(before);
        assertThat(vm.upToDateProperty().get()).isFalse();
        runner.drain();
        assertThat(runner.started).hasSize(2); // no retry loop
        fake.failure = null;
        vm.recompute();
        runner.drain();
        assertThat(vm.getResult()).isNotSameAs(before);
        assertThat(vm.getResult().settings().soap().sigma()).isEqualTo(0.3);
    }

    @Test
    void theRandomComparisonRunsAfterTheAnalysisAndOnlyWhenAskedFor() {
        open(TestData.lisi(60, 5));
        runner.drain();
        assertThat(vm.randomProperty().get()).isNull();
        vm.compareRandomProperty().set(true);
        runner.drain();
        assertThat(runner.started).endsWith("Comparing with 3 random subsets");
        RandomComparison c = vm.randomProperty().get();
        assertThat(c.repeats()).isEqualTo(3);
        // pins change the FPS run but not the random subsets: the comparison is kept
        vm.constraintsProperty().set(FpsConstraints.NONE.pin(2));
        runner.drain();
        assertThat(vm.randomProperty().get()).isSameAs(c);
        vm.randomRepeatsProperty().set(5);
        runner.drain();
        assertThat(vm.randomProperty().get().repeats()).isEqualTo(5);
    }

    @Test
    void noDatasetMeansNoResult() {
        open(TestData.lisi(30, 5));
        runner.drain();
        vm.datasetProperty().set(null);
        vm.labelsProperty().set(new String[0]);
        runner.drain();
        assertThat(vm.getResult()).isNull();
    }
}
