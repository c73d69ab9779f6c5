package org.sift.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sift.io.FormatException;
import org.sift.io.FormatRegistry;
import org.sift.model.Dataset;
import org.sift.ui.TestDatasets;
import org.sift.ui.common.FxTaskRunner;
import org.sift.ui.dataset.GroupRow;
import org.sift.ui.inspect.InspectorView;
import org.sift.ui.settings.SettingsDialog;
import org.sift.workflow.AnalysisSettings;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window, headless. Files named {@code *.fake} are "read" by an injected loader that
 * builds datasets in memory; {@code slow*.fake} takes long and honours Cancel; any other file goes
 * through the real {@link org.sift.workflow.LoadDataset} with the standard registry.
 */
@ExtendWith(ApplicationExtension.class)
class MainViewFxTest {

    private static final Path REAL = Path.of("src/test/resources/data/lisi-dftb/LixSi64-dftb.extxyz.gz");

    private final List<List<Path>> loaded = new CopyOnWriteArrayList<>();
    private Preferences prefs;
    private MainViewModel vm;
    private MainView view;
    private Stage stage;
    private final org.sift.ui.common.ScriptedDialogs dialogs = new org.sift.ui.common.ScriptedDialogs();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        prefs = Preferences.userRoot().node("org/sift/test/" + UUID.randomUUID());
        MainViewModel.DatasetLoader real = MainViewModel.standardLoader(FormatRegistry.standard());
        MainViewModel.DatasetLoader loader = (files, m) -> {
            String name = files.get(0).getFileName().toString();
            if (name.startsWith("slow") && name.endsWith(".fake")) {
                m.begin("Reading " + name, 2000);
                for (int i = 0; i < 2000; i++) {
                    m.checkCancelled();
                    Thread.sleep(5);
                    m.worked(1);
                }
                return TestDatasets.two(name);
            }
            if (name.endsWith(".fake")) {
                loaded.add(files);
                List<Dataset> parts = new ArrayList<>();
                for (Path f : files) {
                    String n = f.getFileName().toString();
                    parts.add(n.startsWith("six") ? TestDatasets.six(n) : TestDatasets.two(n));
                }
                return parts.size() == 1 ? parts.get(0) : Dataset.merge(parts);
            }
            return real.load(files, m);
        };
        FormatRegistry declared = new FormatRegistry(List.of(
                new FakeFormat("extxyz", "Extended XYZ", List.of("extxyz", "xyz"), true, false),
                new FakeFormat("deepmd-npy", "DeePMD folder", List.of("raw"), true, true),
                new FakeFormat("poscar", "VASP POSCAR", List.of("poscar", "vasp"), true, false)));
        vm = new MainViewModel(loader, declared, new RecentFiles(prefs), new FxTaskRunner());
        view = new MainView(stage, vm, new org.sift.testutil.FakeProviders(), dialogs);
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        prefs.removeNode();
    }

    private void openAndWait(FxRobot robot, List<Path> files, FxTaskRunner.Outcome expected) throws Exception {
        robot.interact(() -> assertThat(vm.open(files)).isTrue());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.taskRunner().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        // a successful load starts the analysis pipeline; wait for it as well
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> !vm.taskRunner().isRunning()
                        && view.analysisTabs().analysis().upToDateProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.taskRunner().outcomeProperty().get()).isEqualTo(expected);
    }

    @SuppressWarnings("unchecked")
    private static TableView<GroupRow> groupTable(FxRobot robot) {
        return robot.lookup("#groupTable").queryAs(TableView.class);
    }

    private static List<String> groupLabels(FxRobot robot) {
        return groupTable(robot).getItems().stream().map(GroupRow::label).toList();
    }

    private static String statusText(MainView view) {
        return view.statusBarNode().getText();
    }

    @Test
    void openingShowsGroupsTitleAndStatus(FxRobot robot) throws Exception {
        openAndWait(robot, List.of(Path.of("six.fake")), FxTaskRunner.Outcome.SUCCEEDED);
        assertThat(groupLabels(robot)).containsExactly("Li1Si64", "Li15Si4", "Li54Si1");
        assertThat(groupTable(robot).getItems()).extracting(GroupRow::count).containsExactly(2, 3, 1);
        assertThat(robot.lookup("#datasetSummary").queryAs(Label.class).getText())
                .isEqualTo("6 configurations, 261 atoms");
        assertThat(statusText(view)).isEqualTo("Analysing six.fake: done"); // the analysis follows the load
        assertThat(stage.getTitle()).isEqualTo("Sift — six.fake");
        assertThat(robot.lookup("#configurationTable").queryAs(TableView.class).getItems())
                .hasSize(6);
        assertThat(robot.lookup("#referenceX").queryAs(ComboBox.class).getValue())
                .isEqualTo("Li1Si64");
        assertThat(robot.lookup("#referenceY").queryAs(ComboBox.class).getValue())
                .isEqualTo("Li54Si1");
        assertThat(vm.recentFiles()).containsExactly(Path.of("six.fake").toAbsolutePath());
        assertThat(robot.lookup("#memoryLabel").queryAs(Label.class).getText()).matches("Memory \\d+ / \\d+ MB");
        assertThat(robot.lookup("#taskCancel").queryAs(Node.class).isDisabled()).isTrue();
        assertThat(stage.getIcons()).hasSize(MainView.ICON_SIZES.length);
    }

    @Test
    void droppedFilesOpenInOrderAsOneDataset(FxRobot robot) throws Exception {
        robot.interact(() -> assertThat(view.filesDropped(List.of(new File("b.fake"), new File("a.fake"))))
                .isTrue());
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> vm.taskRunner().outcomeProperty().get() == FxTaskRunner.Outcome.SUCCEEDED);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(loaded).containsExactly(List.of(Path.of("b.fake"), Path.of("a.fake")));
        Dataset d = vm.datasetViewModel().getDataset();
        assertThat(d.origins())
                .extracting(Object::toString)
                .containsExactly("b.fake#0", "b.fake#1", "a.fake#0", "a.fake#1");
        assertThat(stage.getTitle()).isEqualTo("Sift — b.fake + a.fake");
        assertThat(robot.lookup("#datasetSummary").queryAs(Label.class).getText())
                .isEqualTo("4 configurations, 48 atoms");
        // the most recent first: a.fake was opened with b.fake and b.fake comes first in the list
        assertThat(vm.recentFiles())
                .containsExactly(
                        Path.of("b.fake").toAbsolutePath(), Path.of("a.fake").toAbsolutePath());
    }

    @Test
    void aMalformedFileShowsAnErrorAndKeepsTheDataset(FxRobot robot, @TempDir Path dir) throws Exception {
        openAndWait(robot, List.of(Path.of("six.fake")), FxTaskRunner.Outcome.SUCCEEDED);
        Path bad = dir.resolve("broken.extxyz");
        Files.writeString(bad, "3\nLattice=\"oops\n Li 0 0\nthis is not a structure\n");
        openAndWait(robot, List.of(bad), FxTaskRunner.Outcome.FAILED);
        Label msg = robot.lookup("#errorMessage").queryAs(Label.class);
        assertThat(msg.getText()).contains(bad.toString());
        Throwable error = vm.taskRunner().lastFailureProperty().get().error();
        if (error instanceof FormatException fe) {
            assertThat(fe.file()).isEqualTo(bad.toString());
        }
        assertThat(statusText(view))
                .startsWith("Opening broken.extxyz failed: ")
                .contains(bad.toString());
        assertThat(groupLabels(robot)).containsExactly("Li1Si64", "Li15Si4", "Li54Si1");
        assertThat(robot.lookup("#datasetSummary").queryAs(Label.class).getText())
                .isEqualTo("6 configurations, 261 atoms");
        assertThat(stage.getTitle()).isEqualTo("Sift — six.fake");
        assertThat(vm.recentFiles()).doesNotContain(bad.toAbsolutePath());
    }

    @Test
    void cancellingALongLoadKeepsThePreviousDataset(FxRobot robot) throws Exception {
        openAndWait(robot, List.of(Path.of("six.fake")), FxTaskRunner.Outcome.SUCCEEDED);
        robot.interact(() -> vm.open(List.of(Path.of("slow.fake"))));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> vm.taskRunner().progressProperty().get() > 0.01);
        assertThat(robot.lookup("#taskMessage").queryAs(Label.class).getText()).isEqualTo("Reading slow.fake");
        assertThat(robot.lookup("#taskCancel").queryAs(Node.class).isDisabled()).isFalse();
        robot.clickOn("#taskCancel");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> vm.taskRunner().outcomeProperty().get() == FxTaskRunner.Outcome.CANCELLED);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(statusText(view)).isEqualTo("Opening slow.fake: cancelled");
        assertThat(groupLabels(robot)).containsExactly("Li1Si64", "Li15Si4", "Li54Si1");
        assertThat(vm.datasetViewModel().getDataset().name()).isEqualTo("six.fake");
        assertThat(robot.lookup("#taskCancel").queryAs(Node.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#errorMessage").tryQuery()).isEmpty(); // no error dialog for a cancel
    }

    @Test
    void changingGroupByRegroupsTheTable(FxRobot robot) throws Exception {
        openAndWait(robot, List.of(Path.of("six.fake")), FxTaskRunner.Outcome.SUCCEEDED);
        robot.clickOn("#groupBy");
        robot.clickOn("config_type");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.datasetViewModel().groupByProperty().get()).isEqualTo("config_type");
        assertThat(groupLabels(robot)).containsExactly("crystal", "md");
        assertThat(groupTable(robot).getItems()).extracting(GroupRow::count).containsExactly(2, 4);
        assertThat(robot.lookup("#referenceX").queryAs(ComboBox.class).getValue())
                .isEqualTo("crystal");
    }

    @Test
    void settingsRejectAnInvalidSigmaAndResetRestoresDefaults(FxRobot robot) throws Exception {
        AtomicReference<SettingsDialog> dialog = new AtomicReference<>();
        robot.interact(() -> dialog.set(view.openSettings()));
        Node ok = dialog.get().getDialogPane().lookupButton(ButtonType.OK);
        TextField sigma = robot.lookup("#sigmaField").queryAs(TextField.class);
        assertThat(sigma.getText()).isEqualTo("0.4");
        assertThat(ok.isDisabled()).isFalse();
        robot.interact(sigma::clear);
        robot.clickOn(sigma).write("-0.1");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sigma.getText()).isEqualTo("-0.1");
        assertThat(ok.isDisabled()).isTrue();
        assertThat(robot.lookup("#settingsError").queryAs(Label.class).getText())
                .contains("sigma")
                .contains("-0.1");
        robot.clickOn("#resetButton");
        assertThat(sigma.getText()).isEqualTo("0.4");
        assertThat(ok.isDisabled()).isFalse();
        assertThat(robot.lookup("#settingsError").queryAs(Label.class).getText())
                .isEmpty();
        robot.interact(sigma::clear);
        robot.clickOn(sigma).write("0.5");
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();
        AnalysisSettings s = vm.settingsProperty().get();
        assertThat(s.soap().sigma()).isEqualTo(0.5);
        assertThat(s.soap().cutoff()).isEqualTo(AnalysisSettings.STUDY.soap().cutoff());
    }

    @Test
    void aboutShowsTheVersionCitationAndDataCredit(FxRobot robot) throws Exception {
        robot.interact(view::showAbout);
        String text = robot.lookup("#aboutText").queryAs(Label.class).getText();
        Matcher m = Pattern.compile("<artifactId>sift</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).isTrue();
        assertThat(text)
                .startsWith("Sift " + m.group(1))
                .contains("Redundancy reduction of Li–Si training data by farthest point sampling on SOAP similarity")
                .contains("F. Fernandez et al., Phys. Rev. B 108, 144201 (2023)");
    }

    @Test
    void doubleClickOpensTheInspectorAndDragRotates(FxRobot robot) throws Exception {
        openAndWait(robot, List.of(Path.of("six.fake")), FxTaskRunner.Outcome.SUCCEEDED);
        Node row = robot.lookup("#configurationTable .table-row-cell").nth(3).query();
        robot.doubleClickOn(row);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> view.lastInspector() != null && view.lastInspector().isShowing());
        Stage inspector = view.lastInspector();
        assertThat(inspector.getTitle()).isEqualTo("Configuration 3 — Li54Si1");
        InspectorView iv = (InspectorView) inspector.getScene().getRoot();
        Label count = robot.from(iv).lookup("#atomCountLabel").queryAs(Label.class);
        assertThat(count.getText()).isEqualTo("55 atoms");
        double before = iv.rotateY().getAngle();
        robot.drag(robot.from(iv).lookup("#atomView").queryAs(Node.class))
                .moveBy(60, 0)
                .drop();
        WaitForAsyncUtils.waitForFxEvents();
        // half a degree per pixel dragged
        assertThat(iv.rotateY().getAngle()).isCloseTo(before + 30, within(3.0));
    }

    @Test
    void fileOpenOffersTheRegistrysFormatsAndOpensWhatIsChosen(FxRobot robot) throws Exception {
        dialogs.filesToOpen.add(List.of(Path.of("six.fake")));
        robot.push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.O);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> vm.datasetViewModel().getDataset() != null);
        var q = dialogs.asked.get(0);
        assertThat(q.kind()).isEqualTo("open");
        List<org.sift.ui.common.DialogService.FileFilter> f = q.filters();
        assertThat(f)
                .extracting(org.sift.ui.common.DialogService.FileFilter::description)
                .containsExactly(
                        "All supported formats",
                        "Extended XYZ (*.extxyz, *.extxyz.gz, *.xyz, *.xyz.gz)",
                        "VASP POSCAR (*.poscar, *.poscar.gz, *.vasp, *.vasp.gz)",
                        "All files");
        assertThat(f.get(0).patterns())
                .containsExactly(
                        "*.extxyz",
                        "*.extxyz.gz",
                        "*.xyz",
                        "*.xyz.gz",
                        "*.poscar",
                        "*.poscar.gz",
                        "*.vasp",
                        "*.vasp.gz");
        assertThat(f.get(3).patterns()).containsExactly("*");
        assertThat(vm.datasetViewModel().getDataset().name()).isEqualTo("six.fake");
    }

    @Test
    void escapeDoesNotCancelATaskTheMenuCancelsAfterAConfirmationAndRecomputeRunsTheAnalysisAgain(FxRobot robot)
            throws Exception {
        openAndWait(robot, List.of(Path.of("six.fake")), FxTaskRunner.Outcome.SUCCEEDED);
        robot.interact(() -> vm.open(List.of(Path.of("slow.fake"))));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> vm.taskRunner().progressProperty().get() > 0.01);
        robot.clickOn("#datasetSummary");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(200);
        assertThat(vm.taskRunner().isRunning()).isTrue();
        // the menu asks first; "no" keeps the task running
        dialogs.confirmations.add(false);
        robot.clickOn("#analysisMenu").clickOn("#cancelItem");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.asked)
                .extracting(org.sift.ui.common.ScriptedDialogs.Question::kind)
                .containsExactly("confirm");
        assertThat(vm.taskRunner().isRunning()).isTrue();
        dialogs.confirmations.add(true);
        robot.clickOn("#analysisMenu").clickOn("#cancelItem");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> vm.taskRunner().outcomeProperty().get() == FxTaskRunner.Outcome.CANCELLED);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.datasetViewModel().getDataset().name()).isEqualTo("six.fake");

        var analysis = view.analysisTabs().analysis();
        var before = analysis.getResult();
        assertThat(before).isNotNull();
        robot.clickOn("#analysisMenu").clickOn("#recomputeItem");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> !vm.taskRunner().isRunning()
                        && analysis.upToDateProperty().get());
        assertThat(analysis.getResult()).isNotNull();
    }

    @Test
    void helpOpensTheSampleBundledWithTheApplication(FxRobot robot, @TempDir Path home) throws Exception {
        // the bundled copy is read from the class path, whatever the working directory
        Path copy = BundledSamples.extract(BundledSamples.REAL, home);
        assertThat(copy).exists();
        assertThat(Files.size(copy)).isEqualTo(Files.size(Path.of("sample-data", BundledSamples.REAL.fileName())));
        assertThat(BundledSamples.extract(BundledSamples.REAL, home)).isEqualTo(copy); // copied once
        robot.clickOn("#helpMenu").clickOn("#sample-LixSi64-dftb");
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> vm.datasetViewModel().getDataset() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.datasetViewModel().getDataset().size()).isEqualTo(107);
        assertThat(stage.getTitle()).isEqualTo("Sift — LixSi64-dftb.extxyz.gz");
    }

    @Test
    void loadsTheRealLiSiFileOnceAReaderIsRegistered(FxRobot robot) throws Exception {
        try {
            FormatRegistry.standard().detect(REAL);
        } catch (FormatException e) {
            Assumptions.abort("no registered format reads " + REAL + " yet: " + e.getMessage());
        }
        openAndWait(robot, List.of(REAL), FxTaskRunner.Outcome.SUCCEEDED);
        assertThat(robot.lookup("#datasetSummary").queryAs(Label.class).getText())
                .startsWith("107 configurations");
        // 100 MD frames of Li240Si64 (reduced Li15Si4) and one frame each of the other compositions
        assertThat(groupTable(robot).getItems())
                .filteredOn(g -> g.label().equals("Li15Si4"))
                .extracting(GroupRow::count)
                .containsExactly(100);
        assertThat(stage.getTitle()).isEqualTo("Sift — LixSi64-dftb.extxyz.gz");
    }
}
