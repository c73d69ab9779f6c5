package org.sift.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.Preferences;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sift.io.FormatRegistry;
import org.sift.testutil.FakeProviders;
import org.sift.testutil.TestData;
import org.sift.ui.app.MainView;
import org.sift.ui.app.MainViewModel;
import org.sift.ui.app.RecentFiles;
import org.sift.ui.common.FxTaskRunner;
import org.sift.workflow.AnalysisSettings;
import org.sift.workflow.Session;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Projects, autosave and named subsets in the main window, headless, with the fake similarity.
 * Input files {@code *.fake} hold the number of configurations (and anything after it, to change
 * the digest); the autosave folder is a temporary folder given through the system property.
 */
@ExtendWith(ApplicationExtension.class)
class SessionFxTest {

    @TempDir
    static Path dir;

    private Preferences prefs;
    private MainViewModel vm;
    private MainView view;
    private SessionView session;
    private Path autosaveDir;
    private String oldProperty;

    @Start
    void start(Stage stage) throws Exception {
        autosaveDir = Files.createTempDirectory(dir, "autosave");
        oldProperty = System.getProperty(SessionViewModel.AUTOSAVE_DIR_PROPERTY);
        System.setProperty(SessionViewModel.AUTOSAVE_DIR_PROPERTY, autosaveDir.toString());
        prefs = Preferences.userRoot().node("org/sift/test/" + UUID.randomUUID());
        MainViewModel.DatasetLoader loader = (files, m) -> TestData.lisi(
                Integer.parseInt(Files.readString(files.get(0)).strip().split("\\s+")[0]), 5);
        vm = new MainViewModel(loader, FormatRegistry.standard(), new RecentFiles(prefs), new FxTaskRunner());
        view = new MainView(stage, vm, new FakeProviders());
        session = view.session();
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        prefs.removeNode();
        if (oldProperty == null) System.clearProperty(SessionViewModel.AUTOSAVE_DIR_PROPERTY);
        else System.setProperty(SessionViewModel.AUTOSAVE_DIR_PROPERTY, oldProperty);
    }

    private Path input(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    private void waitIdle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var a = view.analysisTabs().analysis();
        try {
            WaitForAsyncUtils.waitFor(
                    30,
                    TimeUnit.SECONDS,
                    () -> a.getResult() != null
                            && a.upToDateProperty().get()
                            && !vm.taskRunner().isRunning()
                            && !session.viewModel().restoringProperty().get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not idle: status " + vm.statusProperty().get() + ", running "
                    + vm.taskRunner().isRunning() + ", up to date "
                    + a.upToDateProperty().get() + ", restoring "
                    + session.viewModel().restoringProperty().get());
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openAndAnalyse(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> assertThat(vm.open(List.of(file))).isTrue());
        waitIdle();
    }

    private String nField(FxRobot robot) {
        return robot.lookup("#nField").queryAs(TextField.class).getText();
    }

    @Test
    void aSavedProjectReopensWithNPinsReferencesAndSettings(FxRobot robot) throws Exception {
        Path in = input("sixty-a.fake", "60");
        openAndAnalyse(robot, in);
        var tabs = view.analysisTabs();
        AnalysisSettings sigma =
                new AnalysisSettings(AnalysisSettings.STUDY.soap().withSigma(0.6), AnalysisSettings.STUDY.kernel());
        robot.interact(() -> {
            vm.settingsProperty().set(sigma);
            vm.datasetViewModel()
                    .referenceXProperty()
                    .set(vm.datasetViewModel().groupLabels().get(2));
            vm.datasetViewModel()
                    .referenceYProperty()
                    .set(vm.datasetViewModel().groupLabels().get(1));
            tabs.sampling().pin(4, 9);
            tabs.sampling().ban(1);
        });
        waitIdle();
        robot.interact(() -> tabs.sampling().nProperty().set(21));
        // colour the diagram by FPS rank, as a user does
        robot.interact(() -> view.tabs().getSelectionModel().select(view.tabs().getTabs().stream()
                .filter(t -> t.getText().contains("Diagram")).findFirst().orElseThrow()));
        robot.clickOn("#colourBy");
        robot.clickOn("FPS rank");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.diagram().colourByProperty().get()).isEqualTo(org.sift.analysis.PointProperty.FPS_RANK);
        String x = vm.datasetViewModel().referenceXProperty().get();
        String y = vm.datasetViewModel().referenceYProperty().get();
        Path project = dir.resolve("one.sift");
        robot.interact(() -> assertThat(session.saveTo(project)).isTrue());
        assertThat(Session.load(project).n()).isEqualTo(21);

        robot.interact(() -> {
            tabs.sampling().nProperty().set(33);
            tabs.sampling().clearConstraints();
            vm.settingsProperty().set(AnalysisSettings.STUDY);
            vm.datasetViewModel().referenceXProperty().set(y);
            tabs.diagram().colourByProperty().set(null);
        });
        waitIdle();
        assertThat(nField(robot)).isEqualTo("33");

        Alert[] none = new Alert[1];
        robot.interact(() -> none[0] = session.openProject(project));
        assertThat(none[0])
                .as(() -> none[0].getHeaderText() + " " + none[0].getContentText())
                .isNull(); // nothing changed: no dialog
        waitIdle();
        assertThat(nField(robot)).isEqualTo("21");
        assertThat(robot.lookup("#samplingConstraints").queryAs(Label.class).getText())
                .isEqualTo("2 pinned, 1 banned");
        @SuppressWarnings("unchecked")
        ComboBox<String> refX = robot.lookup("#referenceX").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<String> refY = robot.lookup("#referenceY").queryAs(ComboBox.class);
        assertThat(refX.getValue()).isEqualTo(x);
        assertThat(refY.getValue()).isEqualTo(y);
        assertThat(vm.settingsProperty().get()).isEqualTo(sigma);
        assertThat(tabs.analysis().getResult().settings()).isEqualTo(sigma);
        @SuppressWarnings("unchecked")
        ComboBox<String> colourBy = robot.lookup("#colourBy").queryAs(ComboBox.class);
        assertThat(colourBy.getValue()).isEqualTo("FPS rank");
        assertThat(org.sift.figures.Charts.colourBar(tabs.diagram().chartProperty().get()).getAxis().getLabel())
                .isEqualTo("FPS rank");
        assertThat(robot.lookup("#sessionMessage").queryAs(Label.class).getText())
                .contains("one.sift");
    }

    @Test
    void aChangedInputIsNamedInADialogBeforeAnythingIsOpened(FxRobot robot) throws Exception {
        Path in = input("sixty-b.fake", "60");
        openAndAnalyse(robot, in);
        Path project = dir.resolve("two.sift");
        robot.interact(() -> session.saveTo(project));
        Files.writeString(in, "60 edited");
        Alert[] dlg = new Alert[1];
        robot.interact(() -> dlg[0] = session.openProject(project));
        assertThat(dlg[0]).isNotNull();
        assertThat(dlg[0].getDialogPane().getId()).isEqualTo("changedInputsDialog");
        String listed =
                robot.lookup("#changedInputsList").queryAs(TextArea.class).getText();
        assertThat(listed).contains(in.toAbsolutePath().toString()).contains("changed on disk");
        assertThat(dlg[0].getButtonTypes()).contains(SessionView.OPEN_ANYWAY, ButtonType.CANCEL);
        var before = view.analysisTabs().analysis().getResult();
        robot.interact(() -> dlg[0].setResult(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.analysisTabs().analysis().getResult()).isSameAs(before); // cancel: nothing reloaded
        assertThat(session.viewModel().restoringProperty().get()).isFalse();
    }

    @Test
    void autosaveFollowsAChangeOfNAfterTheQuietPeriod(FxRobot robot) throws Exception {
        Path in = input("sixty-c.fake", "60");
        openAndAnalyse(robot, in);
        Path auto = autosaveDir.resolve(SessionViewModel.AUTOSAVE_NAME);
        assertThat(session.viewModel().autosaveFile()).isEqualTo(auto);
        int n = view.analysisTabs().sampling().nProperty().get() == 27 ? 28 : 27;
        robot.interact(() -> view.tabs().getSelectionModel().select(3));
        robot.clickOn("#nField").eraseText(6).write(Integer.toString(n)).type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.analysisTabs().sampling().nProperty().get()).isEqualTo(n);
        WaitForAsyncUtils.waitFor(6, TimeUnit.SECONDS, () -> Files.exists(auto));
        assertThat(Session.load(auto).n()).isEqualTo(n);
        assertThat(Session.load(auto).inputPaths())
                .containsExactly(in.toAbsolutePath().normalize());
    }

    @Test
    void restoringAnAutosaveIsOfferedAtStart(FxRobot robot) throws Exception {
        Path in = input("sixty-d.fake", "60");
        Session s = Session.of(
                List.of(in),
                List.of(),
                AnalysisSettings.STUDY.soap(),
                AnalysisSettings.STUDY.kernel(),
                null,
                null,
                null,
                0.1,
                13,
                new int[] {6},
                new int[0],
                java.util.Map.of("mine", new int[] {1, 2, 3}));
        s.save(autosaveDir.resolve(SessionViewModel.AUTOSAVE_NAME));
        AtomicBoolean normal = new AtomicBoolean();
        Alert[] dlg = new Alert[1];
        robot.interact(() -> dlg[0] = session.offerAutosave(() -> normal.set(true)));
        assertThat(dlg[0]).isNotNull();
        assertThat(dlg[0].getDialogPane().getId()).isEqualTo("restoreAutosaveDialog");
        assertThat(robot.lookup("#restoreAutosaveText").queryAs(Label.class).getText())
                .contains("sixty-d.fake")
                .contains("n = 13");
        robot.clickOn(robot.lookup(".dialog-pane .button")
                .match((Button b) -> b.getText().equals("Restore"))
                .queryAs(Button.class));
        waitIdle();
        assertThat(normal).isFalse();
        assertThat(nField(robot)).isEqualTo("13");
        assertThat(view.analysisTabs().analysis().constraintsProperty().get().pinned())
                .containsExactly(6);
        assertThat(session.viewModel().named().toMap()).containsKey("mine");

        // without an autosave the start is normal
        Files.deleteIfExists(autosaveDir.resolve(SessionViewModel.AUTOSAVE_NAME));
        robot.interact(
                () -> assertThat(session.offerAutosave(() -> normal.set(true))).isNull());
        assertThat(normal).isTrue();
    }

    @Test
    void aNamedSubsetIsListedComparedInTheTableAndSavedInTheProject(FxRobot robot) throws Exception {
        Path in = input("sixty-e.fake", "60");
        openAndAnalyse(robot, in);
        var tabs = view.analysisTabs();
        robot.interact(() -> {
            view.tabs().getSelectionModel().select(3);
            tabs.sampling().nProperty().set(50);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> session.saveSubsetAs());
        assertThat(robot.lookup("#subsetNameField").queryAs(TextField.class).getText())
                .isEqualTo("fps-50");
        robot.clickOn(robot.lookup(".dialog-pane .button")
                .match((Button b) -> b.getText().equals("OK"))
                .queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        var named = session.viewModel().named();
        assertThat(named.subsets())
                .extracting(NamedSubsetsViewModel.NamedSubset::name)
                .containsExactly("fps-50");
        assertThat(session.namedSubsetsView().list().getItems()).hasSize(1);
        var table = tabs.samplingView().table();
        var col = table.getColumns().stream()
                .filter(c -> "named-fps-50".equals(c.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(col.getColumns()).hasSize(2);
        // its count column equals the FPS count column, since it is the FPS subset of n = 50
        for (int r = 0; r < table.getItems().size(); r++) {
            assertThat(col.getColumns().get(0).getCellData(r))
                    .isEqualTo(Integer.toString(table.getItems().get(r).count()));
        }
        Path project = dir.resolve("three.sift");
        robot.interact(() -> session.saveTo(project));
        robot.interact(() -> named.delete("fps-50"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getColumns().stream().anyMatch(c -> "named-fps-50".equals(c.getId())))
                .isFalse();
        robot.interact(() -> session.openProject(project));
        waitIdle();
        assertThat(named.subsets())
                .extracting(NamedSubsetsViewModel.NamedSubset::name)
                .containsExactly("fps-50");
        assertThat(table.getColumns().stream().anyMatch(c -> "named-fps-50".equals(c.getId())))
                .isTrue();
    }
}
