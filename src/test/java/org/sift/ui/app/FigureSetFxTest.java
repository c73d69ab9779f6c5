package org.sift.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sift.figures.FigurePreset;
import org.sift.io.FormatRegistry;
import org.sift.testutil.FakeProviders;
import org.sift.testutil.TestData;
import org.sift.ui.common.DialogService;
import org.sift.ui.common.FxDialogService;
import org.sift.ui.common.FxTaskRunner;
import org.sift.ui.common.ScriptedDialogs;
import org.sift.workflow.AnalysisResult;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Export Figure Set… in the main window, headless: the real options dialog is filled in
 * with the robot; the folder chooser, confirmations and error dialogs are scripted.
 */
@ExtendWith(ApplicationExtension.class)
class FigureSetFxTest {

    private final FakeProviders fake = new FakeProviders();
    private final ScriptedDialogs scripted = new ScriptedDialogs();
    private Preferences prefs;
    private MainViewModel vm;
    private MainView view;
    private Stage stage;

    /** Scripted answers, except the options dialogs, which are shown for the robot to fill in. */
    private final DialogService dialogs = new DialogService() {
        @Override
        public List<Path> chooseFilesToOpen(String t, List<FileFilter> f, Path d) {
            return scripted.chooseFilesToOpen(t, f, d);
        }

        @Override
        public Optional<Path> chooseFolder(String t) {
            return scripted.chooseFolder(t);
        }

        @Override
        public Optional<Path> chooseFileToSave(String t, String n, List<FileFilter> f) {
            return scripted.chooseFileToSave(t, n, f);
        }

        @Override
        public void showError(String h, String m) {
            scripted.showError(h, m);
        }

        @Override
        public boolean confirm(String t, String h, String m) {
            return scripted.confirm(t, h, m);
        }

        @Override
        public <R> Optional<R> ask(OptionsDialog<R> d) {
            return new FxDialogService(stage).ask(d);
        }
    };

    @Start
    void start(Stage stage) {
        this.stage = stage;
        prefs = Preferences.userRoot().node("org/sift/test/" + UUID.randomUUID());
        MainViewModel.DatasetLoader loader = (files, m) -> TestData.lisi(60, 5);
        vm = new MainViewModel(loader, FormatRegistry.standard(), new RecentFiles(prefs), new FxTaskRunner());
        view = new MainView(stage, vm, fake, dialogs);
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        prefs.removeNode();
    }

    private void openAndAnalyse(FxRobot robot) throws Exception {
        robot.interact(() -> assertThat(vm.open(List.of(Path.of("sixty.fake")))).isTrue());
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> view.analysisTabs().analysis().getResult() != null
                        && view.analysisTabs().analysis().upToDateProperty().get()
                        && !vm.taskRunner().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private DialogPane openDialog(FxRobot robot) throws Exception {
        robot.clickOn("#fileMenu").clickOn("#exportFigureSetItem");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#figureSetFolder").tryQuery().isPresent());
        return (DialogPane) robot.lookup(".dialog-pane")
                .match(n -> n.lookup("#figureSetFolder") != null)
                .query();
    }

    private static void retype(FxRobot robot, TextField field, String text) {
        robot.interact(field::clear);
        robot.clickOn(field).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForExport() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.taskRunner().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void fonts(PDResources res, List<PDFont> out, int depth) throws Exception {
        if (res == null || depth > 5) return;
        for (COSName n : res.getFontNames()) out.add(res.getFont(n));
        for (COSName n : res.getXObjectNames()) {
            if (res.getXObject(n) instanceof PDFormXObject f) fonts(f.getResources(), out, depth + 1);
        }
    }

    @Test
    void theMenuAndDialogWriteTheFigureSetWithEmbeddedFontsAndItsData(FxRobot robot, @TempDir Path tmp)
            throws Exception {
        openAndAnalyse(robot);
        AnalysisResult r = view.analysisTabs().analysis().getResult();
        robot.interact(() -> view.analysisTabs().sampling().nProperty().set(17));
        Path out = tmp.resolve("paper figures");
        scripted.folders.add(out);

        DialogPane pane = openDialog(robot);
        Node ok = pane.lookupButton(ButtonType.OK);
        TextField n = robot.lookup("#figureSetN").queryAs(TextField.class);
        assertThat(n.getText()).as("the slider's n is proposed").isEqualTo("17");
        robot.clickOn("#figureSetBrowse");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#figureSetFolder").queryAs(TextField.class).getText())
                .isEqualTo(out.toString());
        // double column
        robot.clickOn("#figureSetPreset").clickOn(FigurePreset.DOUBLE.name());
        WaitForAsyncUtils.waitForFxEvents();
        TextField width = robot.lookup("#figureSetWidth").queryAs(TextField.class);
        assertThat(width.getText()).isEqualTo("170");
        assertThat(width.isDisabled()).isTrue();
        // PDF and SVG, no PNG
        robot.clickOn("#figureSetSvg").clickOn("#figureSetPng");
        // an invalid n is refused with its reason, OK disabled
        retype(robot, n, "twelve");
        assertThat(ok.isDisabled()).isTrue();
        assertThat(robot.lookup("#figureSetError").queryAs(Label.class).getText())
                .contains("subset size n", "twelve");
        retype(robot, n, "12");
        assertThat(ok.isDisabled()).isFalse();
        assertThat(robot.lookup("#figureSetError").queryAs(Label.class).getText())
                .isEmpty();
        robot.clickOn(ok);
        waitForExport();

        assertThat(scripted.errors).isEmpty();
        assertThat(vm.taskRunner().outcomeProperty().get()).isEqualTo(FxTaskRunner.Outcome.SUCCEEDED);
        for (String stem : List.of("diagram", "redundancy", "coverage", "subset", "panels")) {
            Path pdf = out.resolve(stem + ".pdf");
            assertThat(pdf).exists();
            assertThat(out.resolve(stem + ".svg")).exists();
            assertThat(out.resolve(stem + ".png")).doesNotExist();
            assertThat(out.resolve(stem + ".caption.txt")).exists();
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                List<PDFont> fs = new ArrayList<>();
                fonts(doc.getPage(0).getResources(), fs, 0);
                assertThat(fs).as(stem).isNotEmpty().allMatch(PDFont::isEmbedded);
                assertThat(doc.getPage(0).getMediaBox().getWidth() / (72 / 25.4))
                        .as(stem)
                        .isCloseTo(170, org.assertj.core.data.Offset.offset(0.1));
                assertThat(new PDFTextStripper().getText(doc)).as(stem).isNotBlank();
            }
        }
        try (var files = Files.list(out)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("."))
                            .toList())
                    .as("no temporary files left")
                    .isEmpty();
        }
        // the data beside the figures: every configuration, the subset of 12 being the workbench's FPS prefix
        List<String> diagram = Files.readAllLines(out.resolve("diagram.csv"));
        assertThat(diagram).hasSize(61).first().isEqualTo("index,group,x,y");
        Set<Integer> selected = new HashSet<>();
        for (String line : Files.readAllLines(out.resolve("subset.csv")).subList(1, 61)) {
            String[] c = line.split(",");
            if (c[4].equals("1")) selected.add(Integer.parseInt(c[0]));
        }
        Set<Integer> prefix = new HashSet<>();
        for (int i : r.fps().prefix(12)) prefix.add(i);
        assertThat(selected).isEqualTo(prefix);
        assertThat(Files.readString(out.resolve("subset.caption.txt"))).contains("n = 12", "60 configurations");
        assertThat(Files.readString(out.resolve("figure-set.json")))
                .contains("\"preset\" : \"double\"", "\"subsetN\" : 12");
        assertThat(out.resolve("composition.csv")).exists();
        assertThat(out.resolve("composition.tex")).exists();
        assertThat(out.resolve("coverage.csv")).exists();

        // again into the same folder: the replacement is confirmed first; "no" leaves the files alone
        long before = Files.getLastModifiedTime(out.resolve("diagram.pdf")).toMillis();
        scripted.confirmations.add(false);
        pane = openDialog(robot);
        assertThat(robot.lookup("#figureSetFolder").queryAs(TextField.class).getText())
                .isEqualTo(out.toString());
        robot.clickOn(pane.lookupButton(ButtonType.OK));
        waitForExport();
        assertThat(scripted.asked).extracting(ScriptedDialogs.Question::kind).containsExactly("folder", "confirm");
        assertThat(Files.getLastModifiedTime(out.resolve("diagram.pdf")).toMillis())
                .isEqualTo(before);
    }

    @Test
    void aFolderThatCannotBeCreatedIsReportedInAnErrorDialog(FxRobot robot, @TempDir Path tmp) throws Exception {
        openAndAnalyse(robot);
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
        DialogPane pane = openDialog(robot);
        retype(
                robot,
                robot.lookup("#figureSetFolder").queryAs(TextField.class),
                file.resolve("figures").toString());
        robot.clickOn(pane.lookupButton(ButtonType.OK));
        waitForExport();
        assertThat(scripted.errors).singleElement().asString().contains("Export of the figure set", "not-a-folder");
        assertThat(file).hasContent("x");
    }
}
