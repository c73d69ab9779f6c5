package org.sift.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.zip.GZIPInputStream;
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
import org.sift.workflow.AnalysisResult;
import org.sift.workflow.ChemiscopeFile;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File › Export chemiscope Map…, driven through the menu with a scripted file chooser. */
@ExtendWith(ApplicationExtension.class)
class ChemiscopeExportFxTest {

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

    @Test
    void fileMenuExportsTheAnalysisAsAChemiscopeMap(FxRobot robot, @TempDir Path dir) throws Exception {
        AnalysisTabs tabs = view.analysisTabs();
        robot.interact(() -> assertThat(vm.open(List.of(Path.of("sixty.fake")))).isTrue());
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> tabs.analysis().getResult() != null
                        && tabs.analysis().upToDateProperty().get()
                        && !vm.taskRunner().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> tabs.sampling().nProperty().set(10));
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> tabs.analysis().upToDateProperty().get()
                        && !vm.taskRunner().isRunning());
        WaitForAsyncUtils.waitForFxEvents();

        Path out = dir.resolve("map.json.gz");
        dialogs.filesToSave.add(out);
        robot.clickOn("#fileMenu").clickOn("#exportChemiscopeItem");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors).isEmpty();
        assertThat(out).exists();

        JsonNode root;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
            root = JsonMapper.builder()
                    .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                    .build()
                    .readTree(in);
        }
        AnalysisResult r = tabs.analysis().getResult();
        assertThat(root.get("structures").size()).isEqualTo(60);
        JsonNode props = root.get("properties");
        JsonNode x = props.get(ChemiscopeFile.DIAGRAM_X).get("values");
        for (int i = 0; i < 60; i++)
            assertThat(x.get(i).asDouble()).isEqualTo(r.diagram().x()[i]);
        JsonNode flag = props.get(ChemiscopeFile.subsetName(10)).get("values");
        int members = 0;
        for (JsonNode v : flag) members += v.asInt();
        assertThat(members).isEqualTo(10);
        for (int k = 0; k < 10; k++)
            assertThat(flag.get(r.fps().order()[k]).asInt()).isEqualTo(1);
    }
}
