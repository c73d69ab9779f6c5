package org.sift.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sift.io.FormatRegistry;
import org.sift.testutil.FakeProviders;
import org.sift.testutil.TestData;
import org.sift.ui.common.FxTaskRunner;
import org.sift.ui.common.ScriptedDialogs;
import org.sift.ui.sampling.SubsetExportDialog;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Export Subset… onto a target that cannot be written: the error is shown in a dialog that
 * names the file, nothing is left in the folder (no temporary file, no manifest), and the next
 * export works.
 */
@ExtendWith(ApplicationExtension.class)
class FailedExportFxTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Preferences prefs;
    private MainViewModel vm;
    private MainView view;

    @Start
    void start(Stage stage) {
        prefs = Preferences.userRoot().node("org/sift/test/" + UUID.randomUUID());
        MainViewModel.DatasetLoader loader = (files, m) -> TestData.lisi(60, 5);
        vm = new MainViewModel(loader, FormatRegistry.standard(), new RecentFiles(prefs), new FxTaskRunner());
        view = new MainView(stage, vm, new FakeProviders(), dialogs);
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        prefs.removeNode();
    }

    private void waitIdle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> view.analysisTabs().analysis().getResult() != null
                        && view.analysisTabs().analysis().upToDateProperty().get()
                        && !vm.taskRunner().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void exportTo(FxRobot robot, Path target) throws Exception {
        dialogs.options.add(new SubsetExportDialog.Choice(
                FormatRegistry.standard().byId("extxyz").orElseThrow(), SubsetExportDialog.Part.SUBSET, 0.8));
        dialogs.filesToSave.add(target);
        robot.clickOn("#fileMenu").clickOn("#exportSubsetItem");
        waitIdle();
    }

    private static List<String> listing(Path dir) throws Exception {
        try (var s = Files.walk(dir)) {
            return s.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void aFailedExportShowsTheErrorLeavesNothingAndTheAppStaysUsable(FxRobot robot, @TempDir Path dir)
            throws Exception {
        robot.interact(() -> assertThat(vm.open(List.of(Path.of("sixty.fake")))).isTrue());
        waitIdle();
        // the target name is taken by a folder that is not empty: the final rename must fail
        Path target = dir.resolve("subset.extxyz");
        Files.createDirectory(target);
        Files.writeString(target.resolve("keep.txt"), "not Sift's\n");
        List<String> before = listing(dir);

        exportTo(robot, target);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.lastError() != null);
        var alert = view.lastError();
        assertThat(alert.getHeaderText()).contains("failed");
        assertThat(alert.getHeaderText() + " " + alert.getContentText()).contains("subset.extxyz");
        assertThat(listing(dir)).as("nothing written, nothing deleted").isEqualTo(before);
        assertThat(Files.readString(target.resolve("keep.txt"))).isEqualTo("not Sift's\n");
        robot.interact(alert::close);

        Path good = dir.resolve("good.extxyz");
        exportTo(robot, good);
        assertThat(good).exists();
        assertThat(Files.readAllLines(good).get(0).trim())
                .isEqualTo(Integer.toString(TestData.lisi(60, 5)
                        .get(view.analysisTabs().analysis().getResult().fps().order()[0])
                        .size()));
    }
}
