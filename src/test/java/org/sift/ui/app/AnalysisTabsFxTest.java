package org.sift.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sift.descriptor.SoapParameters;
import org.sift.figures.ChartStyle;
import org.sift.io.FormatRegistry;
import org.sift.model.Dataset;
import org.sift.similarity.KernelOptions;
import org.sift.testutil.CompositionCheck;
import org.sift.testutil.FakeProviders;
import org.sift.testutil.TestData;
import org.sift.ui.common.FxTaskRunner;
import org.sift.ui.diagram.DiagramView;
import org.sift.ui.sampling.CompositionRow;
import org.sift.ui.sampling.SamplingViewModel;
import org.sift.workflow.AnalysisResult;
import org.sift.workflow.AnalysisSettings;
import org.sift.workflow.Manifest;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The analysis tabs in the main window, headless, with a fake similarity (seeded vectors clustered
 * by formula). {@code sixty.fake} is a 60-configuration dataset built in memory; the Li–Si test
 * file goes through the real extxyz reader.
 */
@ExtendWith(ApplicationExtension.class)
class AnalysisTabsFxTest {

    private static final Path REAL = Path.of("src/test/resources/data/lisi-dftb/LixSi64-dftb.extxyz.gz");

    private final FakeProviders fake = new FakeProviders();
    private Preferences prefs;
    private MainViewModel vm;
    private MainView view;
    private AnalysisTabs tabs;

    @Start
    void start(Stage stage) {
        prefs = Preferences.userRoot().node("org/sift/test/" + UUID.randomUUID());
        MainViewModel.DatasetLoader real = MainViewModel.standardLoader(FormatRegistry.standard());
        MainViewModel.DatasetLoader loader =
                (files, m) -> files.get(0).toString().equals("six.fake")
                        ? org.sift.ui.TestDatasets.six("six")
                        : files.get(0).toString().endsWith(".fake") ? TestData.lisi(60, 5) : real.load(files, m);
        vm = new MainViewModel(loader, FormatRegistry.standard(), new RecentFiles(prefs), new FxTaskRunner());
        view = new MainView(stage, vm, fake);
        tabs = view.analysisTabs();
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        prefs.removeNode();
    }

    private void openAndAnalyse(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> assertThat(vm.open(List.of(file))).isTrue());
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> tabs.analysis().getResult() != null
                        && tabs.analysis().upToDateProperty().get()
                        && !vm.taskRunner().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitIdle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> tabs.analysis().upToDateProperty().get()
                        && !vm.taskRunner().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void select(FxRobot robot, String tabId) {
        robot.interact(() -> view.tabs().getTabs().stream()
                .filter(t -> tabId.equals(t.getId()))
                .findFirst()
                .ifPresent(t -> view.tabs().getSelectionModel().select(t)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D screen(DiagramView dv, double x, double y) {
        Point2D scene = dv.toScene(x, y);
        return dv.viewer().getScene().getWindow() == null
                ? scene
                : new Point2D(
                        dv.viewer().getScene().getWindow().getX()
                                + dv.viewer().getScene().getX()
                                + scene.getX(),
                        dv.viewer().getScene().getWindow().getY()
                                + dv.viewer().getScene().getY()
                                + scene.getY());
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void theDiagramShowsEveryConfigurationAndTheSubsetFollowsTheSlider(FxRobot robot) throws Exception {
        openAndAnalyse(robot, Path.of("sixty.fake"));
        assertThat(view.tabs().getTabs())
                .extracting(t -> t.getText())
                .containsExactly("Configurations", "Diagram", "Redundancy", "Sampling", "Accuracy");
        assertThat(fake.computed.get()).isEqualTo(1);
        select(robot, "diagramTab");
        var points = tabs.diagram().points();
        int total = 0;
        for (int s = 0; s < points.groupCount(); s++) total += points.getItemCount(s);
        assertThat(total).isEqualTo(60);
        assertThat(tabs.diagramView()
                        .viewer()
                        .getRenderingInfo()
                        .getPlotInfo()
                        .getDataArea()
                        .getWidth())
                .isPositive();
        // the legend lists the groups, the subset, and the pin and ban markers
        var legend = tabs.diagram().chartProperty().get().getXYPlot().getLegendItems();
        List<String> labels = new java.util.ArrayList<>();
        for (int k = 0; k < legend.getItemCount(); k++) labels.add(legend.get(k).getLabel());
        assertThat(labels).hasSize(6).contains("pinned", "banned");

        select(robot, "samplingTab");
        AnalysisResult r = tabs.analysis().getResult();
        Slider slider = robot.lookup("#nSlider").queryAs(Slider.class);
        TextField field = robot.lookup("#nField").queryAs(TextField.class);
        int n0 = tabs.sampling().nProperty().get();
        robot.interact(() -> tabs.sampling().nProperty().set(30));
        assertThat(slider.getValue()).isEqualTo(30);
        assertThat(field.getText()).isEqualTo("30");
        String d30 = text(robot, "#farthestLabel");
        Node thumb = robot.lookup("#nSlider .thumb").query();
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(-120, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        int n = tabs.sampling().nProperty().get();
        assertThat(n).isLessThan(30).isPositive();
        assertThat(field.getText()).isEqualTo(Integer.toString(n));
        assertThat((int) Math.round(slider.getValue())).isEqualTo(n);
        assertThat(text(robot, "#farthestLabel"))
                .isEqualTo(String.format(
                        java.util.Locale.ROOT, "D(n) = %.4f", r.fps().farthestAt(n)))
                .isNotEqualTo(d30);
        assertThat(text(robot, "#repLabel"))
                .isEqualTo(String.format(
                        java.util.Locale.ROOT, "REP(n) = %.1f %%", r.fps().repAt(n)));
        int[] expected = CompositionCheck.counts(r.groups(), r.fps().prefix(n));
        assertThat(tabs.samplingView().table().getItems())
                .extracting(CompositionRow::count)
                .containsExactly(expected[0], expected[1], expected[2]);
        assertThat(tabs.diagram().highlightedCountProperty().get()).isEqualTo(n);
        assertThat(text(robot, "#highlightedLabel")).isEqualTo("FPS subset of n = " + n + " (red rings)");
        assertThat(n0).isBetween(1, 60);

        // typing n = 40 moves the slider
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write("40").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.sampling().nProperty().get()).isEqualTo(40);
        assertThat(slider.getValue()).isEqualTo(40);
        assertThat(tabs.diagram().highlightedCountProperty().get()).isEqualTo(40);

        // smallest n with REP >= 75 %
        TextField target = robot.lookup("#repTargetField").queryAs(TextField.class);
        robot.clickOn(target);
        robot.interact(target::selectAll);
        robot.write("75");
        robot.clickOn("#smallestNButton");
        WaitForAsyncUtils.waitForFxEvents();
        int k = SamplingViewModel.smallestN(r.fps(), 75).orElseThrow();
        assertThat(tabs.sampling().nProperty().get()).isEqualTo(k);
        assertThat(r.fps().repAt(k)).isGreaterThanOrEqualTo(75);
        if (k > 1) assertThat(r.fps().repAt(k - 1)).isLessThan(75);
        assertThat(field.getText()).isEqualTo(Integer.toString(k));
        assertThat(text(robot, "#samplingMessage")).isEqualTo("REP ≥ 75.0 % first at n = " + k);
        assertThat(fake.computed.get()).isEqualTo(1); // nothing was recomputed
    }

    @Test
    void onALargeSetComputeMoreContinuesTheFpsOrderAndTypingBeyondItComputesIt(FxRobot robot) throws Exception {
        robot.interact(() -> tabs.analysis().fpsFirstProperty().set(10));
        openAndAnalyse(robot, Path.of("sixty.fake"));
        Dataset data = tabs.analysis().datasetProperty().get();
        int[] whole = org.sift.workflow.AnalysisSession.update(
                        null,
                        new org.sift.workflow.AnalysisInputs(
                                data,
                                data.formulaGroups(),
                                null,
                                null,
                                AnalysisSettings.STUDY,
                                org.sift.workflow.FpsConstraints.NONE),
                        new FakeProviders(),
                        1,
                        org.sift.concurrent.ProgressMonitor.NONE)
                .fps()
                .order();
        select(robot, "samplingTab");
        int first = tabs.analysis().getResult().maxSubsetSize();
        assertThat(first).isBetween(1, 10);
        assertThat(text(robot, "#maxNLabel")).isEqualTo("of " + first + " computed (N = 60)");
        assertThat(robot.lookup("#extendFpsButton").query().isVisible()).isTrue();

        robot.clickOn("#extendFpsButton");
        waitIdle();
        assertThat(tabs.analysis().getResult().fps().order()).containsExactly(Arrays.copyOf(whole, 2 * first));
        assertThat(text(robot, "#maxNLabel")).isEqualTo("of " + 2 * first + " computed (N = 60)");

        TextField field = robot.lookup("#nField").queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write("60").type(KeyCode.ENTER);
        waitIdle();
        assertThat(tabs.sampling().nProperty().get()).isEqualTo(60);
        assertThat(field.getText()).isEqualTo("60");
        assertThat(text(robot, "#maxNLabel")).isEqualTo("of 60");
        assertThat(robot.lookup("#extendFpsButton").query().isVisible()).isFalse();
        assertThat(tabs.analysis().getResult().fps().order()).containsExactly(whole);
        assertThat(tabs.diagram().highlightedCountProperty().get()).isEqualTo(60);
        assertThat(fake.computed.get()).isEqualTo(1); // the similarity was computed once
    }

    @Test
    void bannedConfigurationsLeaveTheCoverageWhenUncheckedForFpsAndRandomAlike(FxRobot robot) throws Exception {
        openAndAnalyse(robot, Path.of("sixty.fake"));
        select(robot, "samplingTab");
        int[] far = Arrays.copyOfRange(tabs.analysis().getResult().fps().order(), 1, 9);
        robot.interact(() -> tabs.sampling().ban(far));
        robot.clickOn("#compareRandom");
        waitIdle();
        javafx.scene.control.CheckBox cover = robot.lookup("#coverBanned").queryAs(javafx.scene.control.CheckBox.class);
        assertThat(cover.isSelected()).isTrue();
        AnalysisResult counted = tabs.analysis().getResult();
        assertThat(counted.fps().repAt(52)).isLessThan(100); // the banned ones stay unrepresented

        robot.clickOn(cover);
        waitIdle();
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> tabs.analysis().randomProperty().get() != null);
        AnalysisResult r = tabs.analysis().getResult();
        assertThat(r.constraints().coverBanned()).isFalse();
        assertThat(r.constraints().banned()).containsExactlyInAnyOrder(far);
        assertThat(r.fps().order()).hasSize(52).doesNotContain(far);
        assertThat(r.fps().repAt(52)).isEqualTo(100.0);
        var rows = tabs.analysis().randomProperty().get().rows();
        var last = rows.get(rows.size() - 1);
        assertThat(last.n()).isEqualTo(52);
        assertThat(last.randomRepMean()).isCloseTo(100.0, org.assertj.core.api.Assertions.within(1e-9));

        robot.interact(() -> tabs.sampling().undo()); // the coverage choice is undone like a pin
        waitIdle();
        assertThat(cover.isSelected()).isTrue();
        assertThat(tabs.analysis().getResult().constraints().coverBanned()).isTrue();
    }

    @Test
    void theMapIsColouredByEnergyPerAtomWithAColourBarAndARangeTypedByTheUser(FxRobot robot) throws Exception {
        openAndAnalyse(robot, Path.of("sixty.fake"));
        select(robot, "diagramTab");
        Dataset data = tabs.analysis().datasetProperty().get();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < data.size(); i++) {
            double e = data.get(i).energy() / data.get(i).size();
            lo = Math.min(lo, e);
            hi = Math.max(hi, e);
        }
        assertThat(robot.lookup("#colourMin").query().isDisabled()).isTrue();
        robot.clickOn("#colourBy");
        robot.clickOn("energy per atom (eV/atom)");
        WaitForAsyncUtils.waitForFxEvents();
        var bar =
                org.sift.figures.Charts.colourBar(tabs.diagram().chartProperty().get());
        assertThat(bar).isNotNull();
        assertThat(bar.getAxis().getLabel()).isEqualTo("energy per atom (eV/atom)");
        assertThat(bar.getAxis().getLowerBound()).isEqualTo(lo);
        assertThat(bar.getAxis().getUpperBound()).isEqualTo(hi);
        assertThat(robot.lookup("#colourMin").query().isDisabled()).isFalse();

        double mid = (lo + hi) / 2;
        TextField min = robot.lookup("#colourMin").queryAs(TextField.class);
        robot.clickOn(min).write(Double.toString(mid)).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        bar = org.sift.figures.Charts.colourBar(tabs.diagram().chartProperty().get());
        assertThat(bar.getAxis().getLowerBound()).isEqualTo(mid);
        assertThat(bar.getAxis().getUpperBound()).isEqualTo(hi);

        // hovering a point tells its value
        assertThat(tabs.diagram().describe(7))
                .contains(String.format(
                        java.util.Locale.ROOT,
                        "energy per atom (eV/atom) = %.6g",
                        data.get(7).energy() / data.get(7).size()));

        robot.clickOn("#colourBy"); // the list cell, not the "Group" column headers elsewhere in the window
        robot.clickOn(robot.lookup(n -> n instanceof javafx.scene.control.ListCell<?> c && "Group".equals(c.getText()))
                .<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(org.sift.figures.Charts.colourBar(
                        tabs.diagram().chartProperty().get()))
                .isNull();
        assertThat(robot.lookup("#colourMin").query().isDisabled()).isTrue();
    }

    @Test
    void boxAndLassoMarkConfigurationsPinRerunsFpsAndUndoRemovesThePin(FxRobot robot) throws Exception {
        openAndAnalyse(robot, Path.of("sixty.fake"));
        select(robot, "diagramTab");
        robot.interact(() -> tabs.sampling().nProperty().set(5));
        DiagramView dv = tabs.diagramView();
        double[] x = tabs.analysis().getResult().diagram().x();
        double[] y = tabs.analysis().getResult().diagram().y();
        double x0 = Arrays.stream(x).min().orElseThrow();
        double x1 = Arrays.stream(x).max().orElseThrow();
        double y0 = Arrays.stream(y).min().orElseThrow();
        double y1 = Arrays.stream(y).max().orElseThrow();
        // box: the left half of the points (Box tool, plain drag)
        robot.clickOn("#toolBox");
        double xm = (x0 + x1) / 2;
        Point2D a = screen(dv, x0 - 0.02 * (x1 - x0), y1 + 0.02 * (y1 - y0));
        Point2D b = screen(dv, xm, y0 - 0.02 * (y1 - y0));
        robot.drag(a, MouseButton.PRIMARY).dropTo(b);
        WaitForAsyncUtils.waitForFxEvents();
        int count = tabs.diagram().selectionCountProperty().get();
        long left = Arrays.stream(x).filter(v -> v < xm).count();
        assertThat(count).isPositive();
        // the drop lands within a pixel of the middle: allow the points within a pixel of it
        double px = (x1 - x0) / dv.viewer().getWidth();
        long near = Arrays.stream(x).filter(v -> Math.abs(v - xm) < 2 * px).count();
        assertThat((long) count).isBetween(left - near, left + near);
        assertThat(text(robot, "#selectionCount")).endsWith("selected");
        for (int i : tabs.diagram().selectionProperty().get()) assertThat(x[i]).isLessThan(xm + 2 * px);

        // lasso: a triangle around the lower-right corner
        robot.clickOn("#toolLasso");
        Point2D p1 = screen(dv, x1 + 0.05 * (x1 - x0), y0 - 0.05 * (y1 - y0));
        Point2D p2 = screen(dv, xm, y0 - 0.05 * (y1 - y0));
        Point2D p3 = screen(dv, x1 + 0.05 * (x1 - x0), (y0 + y1) / 2);
        robot.moveTo(p1)
                .press(MouseButton.PRIMARY)
                .moveTo(p2)
                .moveTo(p3)
                .moveTo(p1)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        int[] lassoed = tabs.diagram().selectionProperty().get();
        assertThat(lassoed).isNotEmpty();
        for (int i : lassoed) {
            assertThat(x[i]).isGreaterThan(xm - 2 * px);
            assertThat(y[i])
                    .isLessThan((y0 + y1) / 2 + 2 * (y1 - y0) / dv.viewer().getHeight());
        }

        // click one point that FPS picks late, pin it: FPS re-runs with it first
        int[] order = tabs.analysis().getResult().fps().order();
        int late = order[order.length - 1];
        robot.clickOn("#toolPan");
        robot.clickOn(screen(dv, x[late], y[late]));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.diagram().selectionProperty().get()).containsExactly(late);
        assertThat(tabs.sampling().subsetProperty().get()).doesNotContain(late);
        robot.clickOn("#pinButton");
        waitIdle();
        assertThat(tabs.analysis().getResult().fps().order()[0]).isEqualTo(late);
        assertThat(tabs.sampling().subsetProperty().get()).contains(late).hasSize(5);
        assertThat(tabs.diagram().points().highlighted()).contains(late);
        assertThat(text(robot, "#constraintsLabel")).isEqualTo("1 pinned, 0 banned");

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        waitIdle();
        assertThat(tabs.analysis().constraintsProperty().get().isEmpty()).isTrue();
        assertThat(tabs.analysis().getResult().fps().order()).containsExactly(order);
        assertThat(tabs.sampling().subsetProperty().get()).doesNotContain(late);
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
        waitIdle();
        assertThat(tabs.analysis().getResult().fps().order()[0]).isEqualTo(late);
        assertThat(fake.computed.get()).isEqualTo(1);

        // hovering a point describes it
        int some = order[2];
        robot.moveTo(screen(dv, x[some], y[some]));
        WaitForAsyncUtils.waitForFxEvents();
        int hovered = tabs.diagram().hoveredProperty().get();
        assertThat(hovered).isNotNegative();
        assertThat(Math.hypot((x[hovered] - x[some]) / px, (y[hovered] - y[some]) / px))
                .isLessThan(20);
        assertThat(tabs.diagramView().tooltip().getText()).startsWith("Configuration " + hovered + "\n");
    }

    @Test
    void cancellingASlowAnalysisKeepsThePreviousResults(FxRobot robot) throws Exception {
        openAndAnalyse(robot, Path.of("sixty.fake"));
        AnalysisResult before = tabs.analysis().getResult();
        fake.slowSigma = 0.5;
        fake.stepMillis = 100;
        robot.interact(() -> vm.settingsProperty()
                .set(new AnalysisSettings(new SoapParameters(3.0, 0.5, 0.5, 6, 1.0, 1e-6), KernelOptions.DEFAULT)));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> vm.taskRunner().progressProperty().get() > 0.02);
        assertThat(text(robot, "#taskMessage")).isEqualTo("Fake SOAP");
        robot.clickOn("#taskCancel");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> vm.taskRunner().outcomeProperty().get() == FxTaskRunner.Outcome.CANCELLED);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.statusBarNode().getText()).isEqualTo("Analysing test: cancelled");
        assertThat(tabs.analysis().getResult()).isSameAs(before);
        assertThat(tabs.analysis().upToDateProperty().get()).isFalse();
        assertThat(tabs.diagram().chartProperty().get()).isNotNull();
        assertThat(robot.lookup("#errorMessage").tryQuery()).isEmpty();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.taskRunner().isRunning()).isFalse(); // not restarted by itself
    }

    @Test
    void exportsTheSubsetWithItsManifestTheFigureAndTheTable(FxRobot robot, @TempDir Path dir) throws Exception {
        openAndAnalyse(robot, REAL);
        assertThat(tabs.analysis().getResult().size()).isEqualTo(107);
        robot.interact(() -> tabs.sampling().nProperty().set(25));
        Path out = dir.resolve("subset.extxyz");
        robot.interact(() -> assertThat(tabs.export().exportSubset(out, "extxyz", false, true))
                .isTrue());
        waitIdle();
        assertThat(vm.taskRunner().outcomeProperty().get()).isEqualTo(FxTaskRunner.Outcome.SUCCEEDED);
        Dataset back = FormatRegistry.standard().read(out);
        assertThat(back.size()).isEqualTo(25);
        Manifest m = Manifest.read(dir.resolve("subset.manifest.json"));
        assertThat(m.order()).containsExactly(tabs.analysis().getResult().fps().prefix(25));
        assertThat(m.sources().get(0).sha256()).isEqualTo(Manifest.sha256(REAL));
        assertThat(m.sources().get(0).configurations()).isEqualTo(107);

        select(robot, "samplingTab");
        Path png = dir.resolve("coverage.png");
        robot.interact(() -> {
            try {
                tabs.export().exportFigure(tabs.currentChart(view.tabs()), png, ChartStyle.SINGLE_COLUMN, 96);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(png).exists();
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isEqualTo((int) Math.round(241 * 96 / 72.0));
        assertThat(tabs.currentChart(view.tabs()))
                .isSameAs(tabs.sampling().coverageChartProperty().get());
        Path csv = dir.resolve("table.csv");
        robot.interact(() -> {
            try {
                tabs.export().exportCompositionCsv(csv);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(Files.readAllLines(csv))
                .hasSize(2 + tabs.analysis().getResult().groups().count());
    }

    @Test
    void openingAnotherDatasetLeavesNothingOfThePreviousOneLiveOrClickable(FxRobot robot) throws Exception {
        java.util.List<Throwable> uncaught = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e)));
        try {
            // dataset A: analysed, compared with random subsets, a marked configuration, a Find message
            openAndAnalyse(robot, Path.of("sixty.fake"));
            robot.interact(() -> tabs.analysis().compareRandomProperty().set(true));
            waitIdle();
            select(robot, "samplingTab");
            robot.clickOn("#smallestNButton");
            assertThat(text(robot, "#samplingMessage")).startsWith("REP ≥");
            assertThat(text(robot, "#maxNLabel")).isEqualTo("of 60");
            select(robot, "diagramTab");
            int[] order = tabs.analysis().getResult().fps().order();
            int late = order[order.length - 1];
            DiagramView dv = tabs.diagramView();
            double[] x = tabs.analysis().getResult().diagram().x();
            double[] y = tabs.analysis().getResult().diagram().y();
            robot.clickOn(screen(dv, x[late], y[late]));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(tabs.diagram().selectionCountProperty().get()).isPositive();
            assertThat(robot.lookup("#pinButton").queryButton().isDisabled()).isFalse();
            long generationA = tabs.analysis().generation();

            // dataset B (6 configurations, other groups), analysed slowly: while it runs nothing of A is shown
            fake.stepMillis = 40;
            robot.interact(
                    () -> assertThat(vm.open(List.of(Path.of("six.fake")))).isTrue());
            WaitForAsyncUtils.waitFor(
                    20,
                    TimeUnit.SECONDS,
                    () -> vm.datasetViewModel().getDataset() != null
                            && vm.datasetViewModel().getDataset().size() == 6
                            && vm.taskRunner().isRunning());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(tabs.analysis().generation()).isGreaterThan(generationA);
            assertThat(tabs.analysis().getResult()).isNull();
            assertThat(tabs.diagram().selectionProperty().get()).isEmpty();
            assertThat(tabs.diagram().selectedRows()).isEmpty();
            assertThat(text(robot, "#selectionCount")).isEqualTo("Nothing selected");
            assertThat(robot.lookup("#pinButton").queryButton().isDisabled()).isTrue();
            assertThat(robot.lookup("#banButton").queryButton().isDisabled()).isTrue();
            robot.interact(() -> tabs.diagram().pinSelection()); // even called directly: nothing to pin
            assertThat(tabs.analysis().constraintsProperty().get().isEmpty()).isTrue();
            assertThat(tabs.diagram().chartProperty().get()).isNull();
            assertThat(tabs.diagramView().chartPane().placeholder().isVisible()).isTrue();
            assertThat(tabs.distributions().chartProperty().get()).isNull();
            assertThat(tabs.sampling().rows()).isEmpty();
            assertThat(tabs.sampling().coverageChartProperty().get()).isNull();
            assertThat(text(robot, "#maxNLabel")).isEmpty();
            assertThat(text(robot, "#samplingMessage")).isEmpty();
            assertThat(tabs.analysis().randomProperty().get()).isNull();
            assertThat(robot.lookup("#undoButton").queryButton().isDisabled()).isTrue();

            // once B is in, every view shows B
            fake.stepMillis = 0;
            WaitForAsyncUtils.waitFor(
                    60,
                    TimeUnit.SECONDS,
                    () -> tabs.analysis().getResult() != null
                            && tabs.analysis().upToDateProperty().get()
                            && !vm.taskRunner().isRunning());
            WaitForAsyncUtils.waitForFxEvents();
            AnalysisResult b = tabs.analysis().getResult();
            assertThat(b.size()).isEqualTo(6);
            assertThat(b.constraints().isEmpty()).isTrue();
            var points = tabs.diagram().points();
            int total = 0;
            for (int s = 0; s < points.groupCount(); s++) total += points.getItemCount(s);
            assertThat(total).isEqualTo(6);
            assertThat(Arrays.stream(points.highlighted()).boxed().toList())
                    .allMatch(i -> i < 6)
                    .hasSize(tabs.sampling().nProperty().get());
            assertThat(text(robot, "#maxNLabel")).isEqualTo("of 6");
            assertThat(text(robot, "#samplingMessage")).isEmpty();
            assertThat(tabs.sampling().rows())
                    .extracting(CompositionRow::group)
                    .containsExactlyElementsOf(b.groups().names());
            assertThat(tabs.sampling().rows().stream()
                            .mapToInt(CompositionRow::count)
                            .sum())
                    .isEqualTo(tabs.sampling().nProperty().get());
            var series = tabs.distributions().chartProperty().get().getXYPlot().getDataset();
            java.util.Set<String> keys = new java.util.HashSet<>();
            for (int s = 0; s < series.getSeriesCount(); s++)
                keys.add(series.getSeriesKey(s).toString());
            assertThat(b.groups().names()).containsAll(keys);
            assertThat(keys).isNotEmpty().doesNotContain("Li1Si3", "Li1Si1", "Li3Si1");
            var random = tabs.analysis().randomProperty().get();
            assertThat(random).isNotNull();
            assertThat(random.groups()).isSameAs(b.groups());
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
            robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(null));
        }
        assertThat(uncaught).isEmpty();
    }

    @Test
    void pinsAndBansAreListedBesideTheMapAndReleasedFromTheList(FxRobot robot) throws Exception {
        openAndAnalyse(robot, Path.of("sixty.fake"));
        select(robot, "diagramTab");
        robot.interact(() -> tabs.diagram().setSelection(new int[] {7}));
        robot.clickOn("#pinButton");
        waitIdle();
        robot.interact(() -> tabs.diagram().setSelection(new int[] {12}));
        robot.clickOn("#banButton");
        waitIdle();
        assertThat(tabs.diagram().pinnedMarks().highlighted()).containsExactly(7);
        assertThat(tabs.diagram().bannedMarks().highlighted()).containsExactly(12);
        robot.clickOn(robot.lookup("#diagramSideTabs .tab").nth(1).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#diagramSideTabs")
                        .queryAs(javafx.scene.control.TabPane.class)
                        .getSelectionModel()
                        .getSelectedItem()
                        .getId())
                .isEqualTo("pinsTab");
        assertThat(text(robot, "#constrainedCount")).isEqualTo("1 pinned, 1 banned");
        var table = tabs.diagramView().constrainedTable();
        assertThat(table.getItems()).extracting(r -> r.index()).containsExactly(7, 12);
        // zoom far away from configuration 12, then select its row: the map pans to it and marks it
        robot.interact(() -> {
            var plot = tabs.diagram().chartProperty().get().getXYPlot();
            plot.getDomainAxis().setRange(100, 101);
            plot.getRangeAxis().setRange(100, 101);
        });
        Node row = robot.from(tabs.diagramView().constrainedTable())
                .lookup(".table-row-cell")
                .match((javafx.scene.control.TableRow<org.sift.ui.diagram.DiagramViewModel.PointRow> r) ->
                        r.getItem() != null && r.getItem().index() == 12)
                .query();
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.diagram().selectionProperty().get()).containsExactly(12);
        var plot = tabs.diagram().chartProperty().get().getXYPlot();
        double[] p = tabs.diagram().coordinates(12);
        assertThat(plot.getDomainAxis().getRange().contains(p[0])).isTrue();
        assertThat(plot.getRangeAxis().getRange().contains(p[1])).isTrue();
        robot.clickOn("#releaseConstrainedButton");
        waitIdle();
        assertThat(tabs.analysis().constraintsProperty().get().banned()).isEmpty();
        assertThat(tabs.analysis().constraintsProperty().get().pinned()).containsExactly(7);
        assertThat(table.getItems()).extracting(r -> r.index()).containsExactly(7);
        assertThat(tabs.diagram().bannedMarks().highlighted()).isEmpty();
    }
}
