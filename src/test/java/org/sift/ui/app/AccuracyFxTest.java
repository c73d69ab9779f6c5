package org.sift.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sift.io.FormatRegistry;
import org.sift.testutil.FakeProviders;
import org.sift.testutil.TestData;
import org.sift.ui.accuracy.SelectorRow;
import org.sift.ui.common.FxTaskRunner;
import org.sift.workflow.LearningCurveOptions.Selector;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Accuracy tab in the main window, headless, with the fake similarity: Run shows the curve and the
 * selectors' table, Cancel stops a run, another dataset clears the tab, a dataset without energies
 * leaves it inert. {@code a.fake} has 80 configurations, {@code big.fake} 400, {@code b.fake} 50.
 */
@ExtendWith(ApplicationExtension.class)
class AccuracyFxTest {

    private final FakeProviders fake = new FakeProviders();
    private Preferences prefs;
    private MainViewModel vm;
    private MainView view;
    private AnalysisTabs tabs;

    @Start
    void start(Stage stage) {
        prefs = Preferences.userRoot().node("org/sift/test/" + UUID.randomUUID());
        MainViewModel.DatasetLoader loader = (files, m) -> switch (files.get(0).toString()) {
            case "big.fake" -> TestData.lisi(400, 4);
            case "b.fake" -> TestData.lisi(50, 8);
            case "noenergy.fake" -> withoutEnergies(TestData.lisi(40, 2));
            default -> TestData.lisi(80, 3);
        };
        vm = new MainViewModel(loader, FormatRegistry.standard(), new RecentFiles(prefs), new FxTaskRunner());
        view = new MainView(stage, vm, fake);
        tabs = view.analysisTabs();
        stage.setWidth(1100);
        stage.setHeight(760);
        stage.show();
    }

    private static org.sift.model.Dataset withoutEnergies(org.sift.model.Dataset d) {
        var cs = d.configurations().stream()
                .map(c -> new org.sift.model.Configuration(
                        c.species(), c.positions(), c.cell(), null, null, null, null, c.info(), null))
                .toList();
        return org.sift.model.Dataset.of("no-energy", cs);
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        prefs.removeNode();
    }

    private void open(FxRobot robot, String file) throws Exception {
        robot.interact(() -> assertThat(vm.open(List.of(Path.of(file)))).isTrue());
        idle();
    }

    private void idle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tabs.analysis().getResult() != null
                && tabs.analysis().upToDateProperty().get()
                && !vm.taskRunner().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void selectAccuracy(FxRobot robot) {
        robot.interact(() -> view.tabs().getTabs().stream()
                .filter(t -> "accuracyTab".equals(t.getId()))
                .findFirst()
                .ifPresent(t -> view.tabs().getSelectionModel().select(t)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<SelectorRow> table(FxRobot robot) {
        return robot.lookup("#selectorTable").queryAs(TableView.class);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void runShowsTheCurveAndTheSelectorsThenANewDatasetClearsThem(FxRobot robot) throws Exception {
        open(robot, "a.fake");
        robot.interact(() -> tabs.sampling().nProperty().set(20));
        selectAccuracy(robot);
        assertThat(text(robot, "#accuracyScope")).contains("surrogate").contains("forces are not modelled");
        assertThat(table(robot).getItems()).isEmpty();
        robot.clickOn("#selector-cur");
        robot.clickOn("#accuracyRun");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tabs.accuracy().resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems())
                .extracting(SelectorRow::selector)
                .containsExactly("fps", "random", "cur");
        assertThat(table(robot).getItems()).allSatisfy(r -> assertThat(r.n()).isEqualTo(20));
        var data = tabs.accuracy().chartProperty().get().getXYPlot().getDataset();
        assertThat(data.getSeriesCount()).isEqualTo(3);
        assertThat(data.getItemCount(0)).isEqualTo(tabs.accuracy().resultProperty().get().sizes().length);
        assertThat(robot.lookup("#accuracyChart").queryAs(org.sift.ui.analysis.ChartPane.class)
                        .placeholder()
                        .isVisible())
                .isFalse();
        assertThat(text(robot, "#accuracyWithin")).startsWith("Full pool (n = ");
        assertThat(text(robot, "#accuracyAtN")).startsWith("At n = 20: fps ");
        assertThat(robot.lookup("#accuracyExportCsv").queryAs(Button.class).isDisabled()).isFalse();

        open(robot, "b.fake");
        assertThat(table(robot).getItems()).isEmpty();
        assertThat(tabs.accuracy().chartProperty().get()).isNull();
        assertThat(text(robot, "#accuracyAtN")).isEmpty();
        assertThat(robot.lookup("#accuracyExportCsv").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#accuracyRun").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void cancelStopsARun(FxRobot robot) throws Exception {
        open(robot, "big.fake");
        selectAccuracy(robot);
        for (Selector s : List.of(Selector.STRATIFIED, Selector.GROUP_FPS, Selector.KMEDOIDS)) {
            robot.interact(() -> robot.lookup("#selector-" + s.id()).queryAs(CheckBox.class).setSelected(true));
        }
        Button run = robot.lookup("#accuracyRun").queryAs(Button.class);
        Button cancel = robot.lookup("#accuracyCancel").queryAs(Button.class);
        assertThat(cancel.isDisabled()).isTrue();
        robot.interact(() -> {
            run.fire();
            assertThat(cancel.isDisabled()).isFalse();
            cancel.fire();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !tabs.accuracy().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#accuracyStatus")).startsWith("Cancelled");
        assertThat(tabs.accuracy().resultProperty().get()).isNull();
        assertThat(table(robot).getItems()).isEmpty();
        assertThat(run.isDisabled()).isFalse();
    }

    @Test
    void withoutEnergiesTheTabSaysSoAndIsInert(FxRobot robot) throws Exception {
        open(robot, "noenergy.fake");
        selectAccuracy(robot);
        assertThat(text(robot, "#accuracyStatus")).contains("no energy");
        assertThat(robot.lookup("#accuracyRun").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#selector-fps").queryAs(CheckBox.class).isDisabled()).isTrue();
    }
}
