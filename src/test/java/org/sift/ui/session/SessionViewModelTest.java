package org.sift.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.sift.analysis.PointProperty;
import org.sift.ui.diagram.DiagramViewModel;
import org.junit.jupiter.api.io.TempDir;
import org.sift.model.Dataset;
import org.sift.testutil.FakeProviders;
import org.sift.testutil.TestData;
import org.sift.ui.analysis.AnalysisViewModel;
import org.sift.ui.analysis.SyncJobRunner;
import org.sift.ui.dataset.DatasetViewModel;
import org.sift.ui.sampling.SamplingViewModel;
import org.sift.workflow.AnalysisSettings;
import org.sift.workflow.FpsConstraints;
import org.sift.workflow.Session;

/** The project and autosave logic over real ViewModels, a synchronous runner and a fake similarity. */
class SessionViewModelTest {

    @TempDir
    Path dir;

    /** Runs the debounced action only when flushed. */
    static final class ManualDebouncer implements Debouncer {
        Runnable pending;
        int restarts;

        @Override
        public void restart(Runnable action) {
            pending = action;
            restarts++;
        }

        @Override
        public void flush() {
            Runnable r = pending;
            pending = null;
            if (r != null) r.run();
        }
    }

    /** One workbench: the ViewModels wired as in the application; "opening" reads from {@link #files}. */
    final class Bench {
        final SyncJobRunner runner = new SyncJobRunner();
        final ObjectProperty<List<Path>> opened = new SimpleObjectProperty<>(List.of());
        final ObjectProperty<AnalysisSettings> settings = new SimpleObjectProperty<>(AnalysisSettings.STUDY);
        final DatasetViewModel data = new DatasetViewModel();
        final AnalysisViewModel analysis = new AnalysisViewModel(runner, new FakeProviders(), 2, 0);
        final SamplingViewModel sampling = new SamplingViewModel(analysis);
        int[] marked = new int[0];
        final NamedSubsetsViewModel named = new NamedSubsetsViewModel(sampling, () -> marked);
        final DiagramViewModel diagram = new DiagramViewModel(analysis, sampling);
        final ManualDebouncer debouncer = new ManualDebouncer();
        final SessionViewModel vm;

        Bench(Map<Path, Dataset> files) {
            analysis.datasetProperty().bind(data.datasetProperty());
            analysis.labelsProperty().bind(data.labelsProperty());
            analysis.groupXProperty().bind(data.referenceXProperty());
            analysis.groupYProperty().bind(data.referenceYProperty());
            analysis.settingsProperty().bind(settings);
            vm = new SessionViewModel(
                    opened,
                    f -> {
                        runner.later(
                                () -> { // like the task runner: the dataset arrives later
                                    opened.set(List.copyOf(f));
                                    data.setDataset(files.get(f.get(0)));
                                });
                        return true;
                    },
                    settings,
                    data,
                    sampling,
                    diagram,
                    named,
                    dir.resolve("autosave").resolve("autosave.sift"),
                    debouncer);
        }

        void openPlain(List<Path> f, Dataset d) {
            opened.set(f);
            data.setDataset(d);
            runner.drain();
        }
    }

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void aSavedProjectRestoresTheWholeCurationInOneAnalysisRun() throws Exception {
        Dataset d = TestData.lisi(60, 5);
        Path in = file("a.fake", "sixty");
        Bench a = new Bench(Map.of(in, d));
        a.openPlain(List.of(in), d);
        a.data.groupByProperty().set("config_type");
        a.data.referenceXProperty().set("md1");
        a.data.referenceYProperty().set("md0");
        a.settings.set(
                new AnalysisSettings(AnalysisSettings.STUDY.soap().withSigma(0.7), AnalysisSettings.STUDY.kernel()));
        a.runner.drain();
        a.sampling.pin(7, 3);
        a.sampling.ban(11);
        a.runner.drain();
        a.sampling.nProperty().set(17);
        assertThat(a.named.saveSubset("fps-17")).isTrue();
        a.marked = new int[] {2, 4, 6};
        assertThat(a.named.saveMarked("three")).isTrue();
        Path project = dir.resolve("p.sift");
        a.vm.save(project);
        assertThat(a.vm.projectFileProperty().get()).isEqualTo(project);

        Session s = Session.load(project);
        assertThat(s.inputs().get(0).configurations()).isEqualTo(60);
        assertThat(s.changedInputs()).isEmpty();

        Bench b = new Bench(Map.of(in, d));
        assertThat(b.vm.restore(b.vm.read(project), project, false)).isTrue();
        assertThat(b.vm.restoringProperty().get()).isTrue();
        b.runner.drain();
        assertThat(b.runner.started).hasSize(1); // grouping, references, settings and pins coalesced into one run
        assertThat(b.vm.restoringProperty().get()).isFalse();
        assertThat(b.data.groupByProperty().get()).isEqualTo("config_type");
        assertThat(b.data.referenceXProperty().get()).isEqualTo("md1");
        assertThat(b.data.referenceYProperty().get()).isEqualTo("md0");
        assertThat(b.settings.get().soap().sigma()).isEqualTo(0.7);
        assertThat(b.analysis.constraintsProperty().get())
                .isEqualTo(new FpsConstraints(new int[] {7, 3}, new int[] {11}));
        assertThat(b.analysis.getResult().constraints())
                .isEqualTo(b.analysis.constraintsProperty().get());
        assertThat(b.sampling.nProperty().get()).isEqualTo(17);
        assertThat(b.named.toMap().keySet()).containsExactly("fps-17", "three");
        assertThat(b.named.get("fps-17").indices())
                .containsExactly(a.named.get("fps-17").indices());
        // pins come first in the FPS order, so the restored FPS subset is the saved one
        assertThat(b.sampling.subsetProperty().get())
                .containsExactly(a.sampling.subsetProperty().get());
        assertThat(b.vm.projectFileProperty().get()).isEqualTo(project);
        assertThat(b.vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void aProjectRestoresHowTheResultsWereShown() throws Exception {
        Dataset d = TestData.lisi(60, 5);
        Path in = file("a.fake", "sixty");
        Bench a = new Bench(Map.of(in, d));
        a.openPlain(List.of(in), d);
        a.sampling.ban(11);
        a.runner.drain();
        a.analysis.constraintsProperty().set(a.analysis.constraintsProperty().get().withCoverBanned(false));
        a.analysis.compareRandomProperty().set(true);
        a.runner.drain();
        a.diagram.colourByProperty().set(PointProperty.fraction("Li"));
        a.diagram.colourLogProperty().set(true);
        a.diagram.colourMinProperty().set(0.25);
        a.sampling.logScaleProperty().set(!a.sampling.logScaleProperty().get());
        a.sampling.repTargetProperty().set(92.5);
        a.debouncer.flush();
        assertThat(a.vm.dirtyProperty().get()).isTrue();
        Path project = dir.resolve("view.sift");
        a.vm.save(project);

        Bench b = new Bench(Map.of(in, d));
        assertThat(b.diagram.colourByProperty().get()).isNull();
        b.vm.restore(b.vm.read(project), project, false);
        b.runner.drain();
        // the view comes with the one analysis run (and the random comparison it asks for)
        assertThat(b.runner.started).filteredOn(t -> t.startsWith("Analysing")).hasSize(1);
        assertThat(b.runner.started).filteredOn(t -> t.startsWith("Comparing with")).hasSize(1);
        assertThat(b.analysis.constraintsProperty().get().coverBanned()).isFalse();
        assertThat(b.analysis.getResult().constraints().coverBanned()).isFalse();
        assertThat(b.analysis.compareRandomProperty().get()).isTrue();
        assertThat(b.diagram.colourByProperty().get()).isEqualTo(PointProperty.fraction("Li"));
        assertThat(b.diagram.colourLogProperty().get()).isTrue();
        assertThat(b.diagram.colourMinProperty().get()).isEqualTo(0.25);
        assertThat(b.diagram.colourMaxProperty().get()).isNaN();
        assertThat(b.sampling.logScaleProperty().get()).isEqualTo(a.sampling.logScaleProperty().get());
        assertThat(b.sampling.repTargetProperty().get()).isEqualTo(92.5);
        assertThat(b.vm.dirtyProperty().get()).isFalse();
        b.diagram.colourByProperty().set(null);
        b.debouncer.flush();
        assertThat(b.vm.dirtyProperty().get()).isTrue(); // the colouring is part of the project
    }

    @Test
    void aProjectWithoutAViewKeepsTheCurrentOne() throws Exception {
        Dataset d = TestData.lisi(60, 5);
        Path in = file("a.fake", "sixty");
        Path project = dir.resolve("old.sift");
        Session.of(List.of(in), List.of(), null, null, null, null, null, 0.1, 9, null, new int[] {4}, null).save(project);
        // as Sift 0.1 wrote it: no "view" at all
        String json = Files.readString(project);
        assertThat(json).contains("\"view\" : null");
        Files.writeString(project, json.replaceAll(",\\s*\"view\" : null", ""));
        assertThat(Files.readString(project)).doesNotContain("view");
        Bench b = new Bench(Map.of(in, d));
        b.sampling.repTargetProperty().set(80);
        b.vm.restore(b.vm.read(project), project, false);
        b.runner.drain();
        assertThat(b.sampling.repTargetProperty().get()).isEqualTo(80);
        assertThat(b.analysis.constraintsProperty().get().banned()).containsExactly(4);
        assertThat(b.analysis.constraintsProperty().get().coverBanned()).isTrue();
        assertThat(b.sampling.nProperty().get()).isEqualTo(9);
    }

    @Test
    void changedInputsKeepIndicesOnlyWhenTheCountMatches() throws Exception {
        Dataset d = TestData.lisi(60, 5);
        Path in = file("a.fake", "v1");
        Bench a = new Bench(Map.of());
        a.openPlain(List.of(in), d);
        a.sampling.pin(5);
        a.runner.drain();
        a.named.saveSubset("fps");
        Path project = dir.resolve("p.sift");
        a.vm.save(project);
        Files.writeString(in, "v2");
        Session s = Session.load(project);
        assertThat(s.changedInputs())
                .singleElement()
                .asString()
                .contains("a.fake")
                .contains("changed");

        Bench same = new Bench(Map.of(in, TestData.lisi(60, 9)));
        same.vm.restore(s, project, true);
        same.runner.drain();
        assertThat(same.analysis.constraintsProperty().get().pinned()).containsExactly(5);
        assertThat(same.named.toMap()).containsKey("fps");
        assertThat(same.vm.dirtyProperty().get()).isTrue(); // recomputed: not what the project file says

        Bench fewer = new Bench(Map.of(in, TestData.lisi(40, 9)));
        fewer.vm.restore(s, project, true);
        fewer.runner.drain();
        assertThat(fewer.analysis.constraintsProperty().get().isEmpty()).isTrue();
        assertThat(fewer.named.subsets()).isEmpty();
        assertThat(fewer.vm.messageProperty().get())
                .contains("dropped")
                .contains("60")
                .contains("40");
        assertThat(fewer.analysis.getResult().size()).isEqualTo(40);

        Files.delete(in);
        Bench none = new Bench(Map.of());
        assertThat(none.vm.restore(s, project, true)).isFalse();
        assertThat(none.vm.messageProperty().get()).contains("None");
    }

    @Test
    void theAutosaveExistsExactlyWhileThereIsUnsavedCuration() throws Exception {
        Dataset d = TestData.lisi(60, 5);
        Path in = file("a.fake", "x");
        Bench a = new Bench(Map.of());
        Path auto = a.vm.autosaveFile();
        a.openPlain(List.of(in), d);
        int defaultN = a.sampling.nProperty().get();
        a.debouncer.flush();
        assertThat(auto).doesNotExist(); // a fresh load is not unsaved work

        int restarts = a.debouncer.restarts;
        a.sampling.nProperty().set(defaultN == 23 ? 24 : 23);
        assertThat(a.debouncer.restarts).isGreaterThan(restarts);
        assertThat(auto).doesNotExist(); // only when the quiet period ends
        a.debouncer.flush();
        assertThat(auto).exists();
        assertThat(Session.load(auto).n()).isEqualTo(a.sampling.nProperty().get());
        assertThat(a.vm.dirtyProperty().get()).isTrue();

        a.sampling.nProperty().set(defaultN); // back to the baseline
        a.debouncer.flush();
        assertThat(auto).doesNotExist();

        a.sampling.ban(1, 2);
        a.runner.drain();
        a.vm.shutdown(); // at exit
        assertThat(Session.load(auto).bans()).containsExactly(1, 2);
        assertThat(a.vm.readAutosave().bans()).containsExactly(1, 2);

        a.vm.save(dir.resolve("saved.sift"));
        assertThat(auto).doesNotExist();
        a.vm.shutdown();
        assertThat(auto).doesNotExist();
    }

    @Test
    void namedSubsetsHaveUniqueNamesAndCountPerGroup() throws Exception {
        Dataset d = TestData.lisi(60, 5);
        Bench a = new Bench(Map.of());
        a.openPlain(List.of(file("a.fake", "x")), d);
        a.sampling.nProperty().set(12);
        assertThat(a.named.saveSubset(" ")).isFalse();
        assertThat(a.named.saveSubset("s")).isTrue();
        assertThat(a.named.saveSubset("s")).isFalse();
        assertThat(a.named.messageProperty().get()).contains("exists");
        assertThat(a.named.saveMarked("m")).isFalse(); // nothing marked
        int[] c = a.named.counts("s");
        int[] expected = new int[c.length];
        var r = a.analysis.getResult();
        for (int i : a.sampling.subsetProperty().get()) expected[r.groups().groupOf()[i]]++;
        assertThat(c).containsExactly(expected);
        assertThat(Arrays.stream(c).sum()).isEqualTo(12);
        // the same counts as the composition table of the FPS subset
        assertThat(a.sampling.rows().stream().mapToInt(row -> row.count()).toArray())
                .containsExactly(c);
        assertThat(a.named.rename("s", "t")).isTrue();
        assertThat(a.named.get("t").indices()).hasSize(12);
        assertThat(a.named.delete("t")).isTrue();
        assertThat(a.named.subsets()).isEmpty();
        a.named.saveSubset("again");
        a.openPlain(List.of(file("b.fake", "y")), TestData.lisi(30, 1));
        assertThat(a.named.subsets()).isEmpty(); // indices of another dataset mean nothing
    }

    @Test
    void countsPerFileComeFromTheOrigins() {
        assertThat(SessionViewModel.countsPerFile(List.of(Path.of("x")), TestData.lisi(7, 1)))
                .containsExactly(7);
        assertThat(SessionViewModel.countsPerFile(List.of(Path.of("x"), Path.of("y")), null))
                .containsExactly(-1, -1);
    }
}
