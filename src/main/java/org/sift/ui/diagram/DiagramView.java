package org.sift.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.MouseHandlerFX;
import org.jfree.chart.fx.interaction.PanHandlerFX;
import org.jfree.chart.plot.XYPlot;
import org.sift.ui.analysis.ChartPane;

/**
 * The Diagram tab: the similarity diagram with wheel zoom, drag to pan, a tooltip for the point
 * under the mouse, click to mark a point (double click: inspect), box marking (Shift-drag or the
 * Box tool) and lasso marking (Alt/Ctrl-drag or the Lasso tool); the marked configurations are
 * listed beside the chart with Inspect, Pin, Ban, Release and Clear.
 *
 * <p>Hit tests work in data coordinates on the kept points (chart entities are off for speed).
 */
public final class DiagramView extends BorderPane {

    /** What a plain left drag does. */
    public enum Tool {
        PAN,
        BOX,
        LASSO
    }

    private final DiagramViewModel vm;
    private final IntConsumer inspector;
    private final ChartPane chartPane;
    private final ChartViewer viewer;
    private final Pane overlay = new Pane();
    private final Rectangle box = new Rectangle();
    private final Polygon lasso = new Polygon();
    private final Tooltip tip = new Tooltip();
    private final ToggleGroup tools = new ToggleGroup();
    private final TableView<DiagramViewModel.PointRow> table = new TableView<>();
    private final TableView<DiagramViewModel.PointRow> constrainedTable = new TableView<>();
    private Tool gesture;
    private final List<Double> path = new ArrayList<>();
    private double pressX;
    private double pressY;
    private boolean active = true;

    public DiagramView(DiagramViewModel vm, IntConsumer inspector) {
        this.vm = vm;
        this.inspector = inspector;
        chartPane = new ChartPane(vm.chartProperty(), "The similarity diagram appears once the dataset is analysed.");
        chartPane.setId("diagramChart");
        viewer = chartPane.viewer();
        configureViewer();

        box.setFill(Color.rgb(0, 90, 200, 0.15));
        box.setStroke(Color.rgb(0, 90, 200, 0.9));
        box.setVisible(false);
        box.setManaged(false);
        lasso.setFill(Color.rgb(0, 90, 200, 0.12));
        lasso.setStroke(Color.rgb(0, 90, 200, 0.9));
        lasso.getStrokeDashArray().setAll(5.0, 3.0);
        lasso.setVisible(false);
        lasso.setManaged(false);
        overlay.getChildren().addAll(box, lasso);
        overlay.setMouseTransparent(true);
        chartPane.getChildren().add(overlay);

        tip.setShowDelay(Duration.ZERO);
        tip.setId("diagramTooltip");

        setTop(toolbar());
        setCenter(chartPane);
        setRight(sidePanel());
        vm.chartProperty().addListener((o, a, c) -> {
            if (a != null) a.setNotify(true);
            if (c != null) c.setNotify(active);
        });
    }

    /**
     * Whether the view is on screen. While hidden, the chart does not redraw on every change (the
     * slider of the Sampling tab moves the highlight many times a second); it redraws once when
     * shown again.
     */
    public void setActive(boolean on) {
        active = on;
        JFreeChart c = vm.chartProperty().get();
        if (c != null && c.isNotify() != on) c.setNotify(on);
    }

    private VBox toolbar() {
        ToggleButton pan = tool("Pan", "toolPan", Tool.PAN, "Drag to pan, wheel to zoom");
        ToggleButton boxTool =
                tool("Box", "toolBox", Tool.BOX, "Drag a box to mark configurations (or Shift-drag with any tool)");
        ToggleButton lassoTool =
                tool("Lasso", "toolLasso", Tool.LASSO, "Draw around configurations to mark them (or Alt/Ctrl-drag)");
        pan.setSelected(true);
        tools.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) a.setSelected(true); // always one tool
        });
        Button reset = new Button("Reset zoom");
        reset.setId("resetZoom");
        reset.setTooltip(new Tooltip("Show all configurations"));
        reset.setOnAction(e -> resetZoom());
        Label hint = new Label("Wheel: zoom · drag: pan · click: mark (Ctrl-click: add) · double-click: inspect · "
                + "Shift-drag: box · Alt/Ctrl-drag: lasso · right-click: menu");
        hint.getStyleClass().add("hint");
        Label subset = new Label();
        subset.setId("highlightedLabel");
        subset.textProperty().bind(vm.highlightedCountProperty().asString("FPS subset of n = %,d (red rings)"));
        hint.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        for (javafx.scene.control.Control c : List.of(pan, boxTool, lassoTool, reset, subset)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(6, pan, boxTool, lassoTool, reset, gap, subset);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(3, bar, colourBar(), hint);
        top.setPadding(new Insets(6, 8, 2, 8));
        return top;
    }

    /** "Colour by [Group ▾]  □ log  range [min] – [max]": group colours or a value per configuration. */
    private HBox colourBar() {
        javafx.scene.control.ComboBox<String> by = new javafx.scene.control.ComboBox<>();
        by.setId("colourBy");
        by.setTooltip(new Tooltip(
                "Colour the configurations by group or by a value (energy, forces, composition, FPS rank, info keys)"));
        Runnable fill = () -> {
            List<String> items = new ArrayList<>();
            items.add(GROUP);
            for (var p : vm.colourChoices()) items.add(p.label());
            by.getItems().setAll(items);
            var c = vm.colourByProperty().get();
            by.getSelectionModel().select(c == null ? GROUP : c.label());
        };
        vm.colourChoices().addListener((javafx.collections.ListChangeListener<Object>) ch -> fill.run());
        vm.colourByProperty().addListener((o, a, b) -> by.getSelectionModel().select(b == null ? GROUP : b.label()));
        fill.run();
        by.setOnAction(e -> {
            int k = by.getSelectionModel().getSelectedIndex();
            vm.colourByProperty()
                    .set(
                            k <= 0 || k > vm.colourChoices().size()
                                    ? null
                                    : vm.colourChoices().get(k - 1));
        });
        javafx.scene.control.CheckBox log = new javafx.scene.control.CheckBox("log");
        log.setId("colourLog");
        log.selectedProperty().bindBidirectional(vm.colourLogProperty());
        log.setTooltip(new Tooltip("Logarithmic colour scale (values ≤ 0 are grey)"));
        javafx.scene.control.TextField min = rangeField(
                "colourMin", vm.colourMinProperty(), "Lowest value of the colour scale (empty: the smallest value)");
        javafx.scene.control.TextField max = rangeField(
                "colourMax", vm.colourMaxProperty(), "Highest value of the colour scale (empty: the largest value)");
        for (javafx.scene.Node n : List.of(log, min, max))
            n.disableProperty().bind(vm.colourByProperty().isNull());
        Label msg = new Label();
        msg.setId("colourMessage");
        msg.textProperty().bind(vm.colourMessageProperty());
        msg.getStyleClass().add("hint");
        msg.setMinWidth(0);
        Label colourLabel = new Label("Colour by");
        colourLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label range = new Label("range");
        range.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(6, colourLabel, by, log, range, min, new Label("–"), max, msg);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static final String GROUP = "Group";

    private static javafx.scene.control.TextField rangeField(
            String id, javafx.beans.property.DoubleProperty p, String tip) {
        javafx.scene.control.TextField f = new javafx.scene.control.TextField();
        f.setId(id);
        f.setPrefColumnCount(6);
        f.setPromptText("auto");
        f.setTooltip(new Tooltip(tip));
        Runnable commit = () -> {
            String t = f.getText().trim();
            if (t.isEmpty()) {
                p.set(Double.NaN);
                return;
            }
            try {
                p.set(Double.parseDouble(t));
                f.setStyle("");
            } catch (NumberFormatException e) {
                f.setStyle("-fx-text-fill: #b00020;");
            }
        };
        f.setOnAction(e -> commit.run());
        f.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) commit.run();
        });
        p.addListener((o, a, v) -> {
            String t = Double.isNaN(v.doubleValue()) ? "" : Double.toString(v.doubleValue());
            if (!f.isFocused()) f.setText(t);
        });
        return f;
    }

    private ToggleButton tool(String text, String id, Tool t, String tip) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setUserData(t);
        b.setToggleGroup(tools);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private VBox sidePanel() {
        Label count = new Label();
        count.setId("selectionCount");
        count.textProperty().bind(vm.selectionTextProperty());
        count.getStyleClass().add("panel-title");

        table.setId("selectionTable");
        table.setItems(vm.selectedRows());
        table.setPlaceholder(new Label("Click, box or lasso\nconfigurations in the diagram"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<DiagramViewModel.PointRow, Integer> idx = new TableColumn<>("#");
        idx.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().index()));
        idx.setPrefWidth(50);
        TableColumn<DiagramViewModel.PointRow, String> group = new TableColumn<>("Group");
        group.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().group()));
        TableColumn<DiagramViewModel.PointRow, Double> energy = new TableColumn<>("E (eV)");
        energy.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().energy()));
        energy.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v == null ? "—" : String.format(Locale.ROOT, "%.3f", v));
            }
        });
        TableColumn<DiagramViewModel.PointRow, String> status = new TableColumn<>("");
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        status.setPrefWidth(50);
        group.setPrefWidth(80);
        energy.setPrefWidth(80);
        table.getColumns().add(idx);
        table.getColumns().add(group);
        table.getColumns().add(energy);
        table.getColumns().add(status);
        table.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<DiagramViewModel.PointRow>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null)
                    inspector.accept(row.getItem().index());
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button inspect =
                button("Inspect", "inspectButton", "Open the configuration viewer for the first marked configuration");
        inspect.setOnAction(e -> inspectFirst());
        Button pin = button(
                "Pin", "pinButton", "Always keep the marked configurations: FPS selects them first (re-runs FPS)");
        pin.setOnAction(e -> vm.pinSelection());
        Button ban = button("Ban", "banButton", "Exclude the marked configurations from the subset (re-runs FPS)");
        ban.setOnAction(e -> vm.banSelection());
        Button release = button("Release", "releaseButton", "Neither pin nor ban the marked configurations");
        release.setOnAction(e -> vm.releaseSelection());
        Button clear = button("Clear", "clearSelectionButton", "Unmark all");
        clear.setOnAction(e -> vm.clearSelection());
        for (Button b : List.of(inspect, pin, ban, release, clear)) {
            b.disableProperty().bind(vm.selectionCountProperty().isEqualTo(0));
        }
        Button undo = button("Undo", "undoButton", "Undo the last pin or ban (Ctrl+Z)");
        undo.setOnAction(e -> vm.sampling().undo());
        undo.disableProperty().bind(vm.sampling().canUndoProperty().not());
        Button redo = button("Redo", "redoButton", "Redo (Ctrl+Shift+Z)");
        redo.setOnAction(e -> vm.sampling().redo());
        redo.disableProperty().bind(vm.sampling().canRedoProperty().not());
        TilePane buttons = new TilePane(4, 4, inspect, pin, ban, release, clear, undo, redo);
        buttons.setPrefColumns(3);
        Label constraints = new Label();
        constraints.setId("constraintsLabel");
        constraints.textProperty().bind(vm.sampling().constraintsTextProperty());
        VBox marked = new VBox(8, count, table, buttons, constraints);
        marked.setPadding(new Insets(8));
        javafx.scene.control.Tab markedTab = new javafx.scene.control.Tab("Marked", marked);
        markedTab.setId("markedTab");
        javafx.scene.control.Tab pinsTab = new javafx.scene.control.Tab("Pins & bans", constrainedPanel());
        pinsTab.setId("pinsTab");
        javafx.scene.control.TabPane side = new javafx.scene.control.TabPane(markedTab, pinsTab);
        side.setId("diagramSideTabs");
        side.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setPrefWidth(290);
        side.setMinWidth(230);
        vm.focusProperty().addListener((o, a, f) -> {
            if (f != null && f.length > 0) bringIntoSight(f[0]);
        });
        VBox box = new VBox(side);
        VBox.setVgrow(side, Priority.ALWAYS);
        return box;
    }

    /** The pinned and banned configurations: select to jump to one on the map, release them. */
    private VBox constrainedPanel() {
        Label title = new Label();
        title.setId("constrainedCount");
        title.textProperty().bind(vm.constrainedTextProperty());
        title.getStyleClass().add("panel-title");
        constrainedTable.setId("constrainedTable");
        constrainedTable.setItems(vm.constrainedRows());
        constrainedTable.setPlaceholder(new Label("Pin or ban marked configurations;\nthey are listed here"));
        constrainedTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        constrainedTable.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        TableColumn<DiagramViewModel.PointRow, Integer> idx = new TableColumn<>("#");
        idx.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().index()));
        idx.setPrefWidth(50);
        TableColumn<DiagramViewModel.PointRow, String> status = new TableColumn<>("Status");
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        status.setPrefWidth(60);
        TableColumn<DiagramViewModel.PointRow, String> group = new TableColumn<>("Group");
        group.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().group()));
        constrainedTable.getColumns().add(idx);
        constrainedTable.getColumns().add(status);
        constrainedTable.getColumns().add(group);
        constrainedTable.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) vm.jumpTo(r.index());
        });
        VBox.setVgrow(constrainedTable, Priority.ALWAYS);
        Button release = button(
                "Release", "releaseConstrainedButton", "Neither pin nor ban the selected configurations (re-runs FPS)");
        release.disableProperty()
                .bind(constrainedTable
                        .getSelectionModel()
                        .selectedItemProperty()
                        .isNull());
        release.setOnAction(e -> vm.releaseConstrained(constrainedTable.getSelectionModel().getSelectedItems().stream()
                .mapToInt(DiagramViewModel.PointRow::index)
                .toArray()));
        Button inspect = button("Inspect", "inspectConstrainedButton", "Open the configuration viewer");
        inspect.disableProperty()
                .bind(constrainedTable
                        .getSelectionModel()
                        .selectedItemProperty()
                        .isNull());
        inspect.setOnAction(e -> inspector.accept(
                constrainedTable.getSelectionModel().getSelectedItem().index()));
        Label legend = new Label("On the map: pinned ◆ green, banned ✕ grey");
        legend.getStyleClass().add("hint");
        legend.setWrapText(true);
        VBox v = new VBox(8, title, constrainedTable, new HBox(4, inspect, release), legend);
        v.setPadding(new Insets(8));
        return v;
    }

    /** Pans the diagram (same zoom) so that configuration {@code i} is in the middle, if it is out of sight. */
    private void bringIntoSight(int i) {
        JFreeChart chart = vm.chartProperty().get();
        double[] p = vm.coordinates(i);
        if (chart == null || p == null) return;
        XYPlot plot = chart.getXYPlot();
        for (int k = 0; k < 2; k++) {
            org.jfree.chart.axis.ValueAxis axis = k == 0 ? plot.getDomainAxis() : plot.getRangeAxis();
            org.jfree.data.Range r = axis.getRange();
            double v = p[k];
            if (v < r.getLowerBound() || v > r.getUpperBound()) {
                double h = r.getLength() / 2;
                axis.setRange(v - h, v + h);
            }
        }
    }

    private static Button button(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private void inspectFirst() {
        int[] s = vm.selectionProperty().get();
        if (s.length > 0) inspector.accept(s[0]);
    }

    private void configureViewer() {
        ChartCanvas canvas = viewer.getCanvas();
        for (String id : new String[] {"zoom", "pan"}) {
            MouseHandlerFX h = canvas.getMouseHandler(id);
            if (h != null) canvas.removeMouseHandler(h);
        }
        canvas.addMouseHandler(new PanHandlerFX("pan", false, false, false, false));
        canvas.setTooltipEnabled(false);

        viewer.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        viewer.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        viewer.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        viewer.addEventFilter(MouseEvent.MOUSE_CLICKED, this::clicked);
        viewer.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        viewer.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            vm.hover(-1);
            tip.hide();
        });

        MenuItem inspect = new MenuItem("Inspect");
        inspect.setOnAction(e -> inspectFirst());
        MenuItem pin = new MenuItem("Pin");
        pin.setOnAction(e -> vm.pinSelection());
        MenuItem ban = new MenuItem("Ban");
        ban.setOnAction(e -> vm.banSelection());
        MenuItem clear = new MenuItem("Clear marks");
        clear.setOnAction(e -> vm.clearSelection());
        ContextMenu menu = new ContextMenu(inspect, pin, ban, new SeparatorMenuItem(), clear);
        viewer.setOnContextMenuRequested(e -> {
            double[] d = toData(e.getSceneX(), e.getSceneY());
            if (d != null) {
                int i = vm.nearest(d[0], d[1], d[2], d[3]);
                if (i >= 0
                        && java.util.Arrays.binarySearch(vm.selectionProperty().get(), i) < 0) {
                    vm.selectPoint(i, false);
                }
            }
            boolean none = vm.selectionCountProperty().get() == 0;
            inspect.setDisable(none);
            pin.setDisable(none);
            ban.setDisable(none);
            menu.show(viewer, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    private Tool toolFor(MouseEvent e) {
        if (e.isShiftDown()) return Tool.BOX;
        if (e.isAltDown() || e.isControlDown() || e.isShortcutDown()) return Tool.LASSO;
        return tools.getSelectedToggle() == null
                ? Tool.PAN
                : (Tool) tools.getSelectedToggle().getUserData();
    }

    private void pressed(MouseEvent e) {
        tip.hide();
        if (e.getButton() != MouseButton.PRIMARY || vm.chartProperty().get() == null) return;
        Tool t = toolFor(e);
        if (t == Tool.PAN) {
            gesture = null;
            return;
        }
        gesture = t;
        Point2D p = overlay.sceneToLocal(e.getSceneX(), e.getSceneY());
        pressX = p.getX();
        pressY = p.getY();
        path.clear();
        path.add(e.getSceneX());
        path.add(e.getSceneY());
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (gesture == null) return;
        Point2D p = overlay.sceneToLocal(e.getSceneX(), e.getSceneY());
        path.add(e.getSceneX());
        path.add(e.getSceneY());
        if (gesture == Tool.BOX) {
            box.setX(Math.min(pressX, p.getX()));
            box.setY(Math.min(pressY, p.getY()));
            box.setWidth(Math.abs(p.getX() - pressX));
            box.setHeight(Math.abs(p.getY() - pressY));
            box.setVisible(true);
        } else {
            lasso.getPoints().setAll(localPath());
            lasso.setVisible(true);
        }
        e.consume();
    }

    private List<Double> localPath() {
        List<Double> l = new ArrayList<>(path.size());
        for (int k = 0; k < path.size(); k += 2) {
            Point2D q = overlay.sceneToLocal(path.get(k), path.get(k + 1));
            l.add(q.getX());
            l.add(q.getY());
        }
        return l;
    }

    private void released(MouseEvent e) {
        if (gesture == null) return;
        Tool t = gesture;
        gesture = null;
        box.setVisible(false);
        lasso.setVisible(false);
        e.consume();
        double x0 = path.get(0);
        double y0 = path.get(1);
        if (Math.hypot(e.getSceneX() - x0, e.getSceneY() - y0) < 3 && path.size() <= 6) {
            clickAt(e.getSceneX(), e.getSceneY(), e.isShiftDown() || e.isShortcutDown(), e.getClickCount());
            return;
        }
        path.add(e.getSceneX());
        path.add(e.getSceneY());
        if (t == Tool.BOX) {
            double[] a = toData(x0, y0);
            double[] b = toData(e.getSceneX(), e.getSceneY());
            if (a != null && b != null) vm.selectBox(a[0], a[1], b[0], b[1], false);
        } else {
            int m = path.size() / 2;
            double[] xs = new double[m];
            double[] ys = new double[m];
            for (int k = 0; k < m; k++) {
                double[] d = toData(path.get(2 * k), path.get(2 * k + 1));
                if (d == null) return;
                xs[k] = d[0];
                ys[k] = d[1];
            }
            vm.selectLasso(xs, ys, false);
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress() || toolFor(e) != Tool.PAN) return;
        clickAt(e.getSceneX(), e.getSceneY(), e.isShortcutDown(), e.getClickCount());
    }

    private void clickAt(double sceneX, double sceneY, boolean add, int clicks) {
        double[] d = toData(sceneX, sceneY);
        if (d == null) return;
        int i = vm.nearest(d[0], d[1], d[2], d[3]);
        if (clicks >= 2 && i >= 0) {
            vm.selectPoint(i, false);
            inspector.accept(i);
            return;
        }
        vm.selectPoint(i, add);
    }

    private void moved(MouseEvent e) {
        double[] d = toData(e.getSceneX(), e.getSceneY());
        int i = d == null ? -1 : vm.nearest(d[0], d[1], d[2], d[3]);
        if (i != vm.hoveredProperty().get()) {
            vm.hover(i);
            if (i < 0) {
                tip.hide();
            } else {
                tip.setText(vm.hoverTextProperty().get());
                tip.show(viewer, e.getScreenX() + 14, e.getScreenY() + 14);
            }
        }
    }

    /**
     * Scene coordinates to data coordinates: {x, y, data units per pixel along x, along y}, or null
     * outside the plot's data area or before the first drawing.
     */
    public double[] toData(double sceneX, double sceneY) {
        JFreeChart chart = vm.chartProperty().get();
        ChartCanvas canvas = viewer.getCanvas();
        ChartRenderingInfo info = canvas.getRenderingInfo();
        if (chart == null || info == null || info.getPlotInfo() == null) return null;
        java.awt.geom.Rectangle2D area = info.getPlotInfo().getDataArea();
        if (area == null || area.getWidth() <= 0 || area.getHeight() <= 0) return null;
        Point2D p = canvas.sceneToLocal(sceneX, sceneY);
        XYPlot plot = chart.getXYPlot();
        double x = plot.getDomainAxis().java2DToValue(p.getX(), area, plot.getDomainAxisEdge());
        double y = plot.getRangeAxis().java2DToValue(p.getY(), area, plot.getRangeAxisEdge());
        double ux = plot.getDomainAxis().getRange().getLength() / area.getWidth();
        double uy = plot.getRangeAxis().getRange().getLength() / area.getHeight();
        return new double[] {x, y, ux, uy};
    }

    /** Data coordinates to scene coordinates (for tests and the demo state), or null before drawing. */
    public Point2D toScene(double x, double y) {
        JFreeChart chart = vm.chartProperty().get();
        ChartCanvas canvas = viewer.getCanvas();
        ChartRenderingInfo info = canvas.getRenderingInfo();
        if (chart == null || info == null || info.getPlotInfo() == null) return null;
        java.awt.geom.Rectangle2D area = info.getPlotInfo().getDataArea();
        XYPlot plot = chart.getXYPlot();
        double px = plot.getDomainAxis().valueToJava2D(x, area, plot.getDomainAxisEdge());
        double py = plot.getRangeAxis().valueToJava2D(y, area, plot.getRangeAxisEdge());
        return canvas.localToScene(px, py);
    }

    /** Back to the full extent of the data. */
    public void resetZoom() {
        JFreeChart chart = vm.chartProperty().get();
        if (chart != null) {
            chart.getXYPlot().getDomainAxis().setAutoRange(true);
            chart.getXYPlot().getRangeAxis().setAutoRange(true);
        }
    }

    /** Selects the tool of plain drags. */
    public void setTool(Tool t) {
        tools.getToggles().stream()
                .filter(x -> x.getUserData() == t)
                .findFirst()
                .ifPresent(x -> x.setSelected(true));
    }

    public ChartViewer viewer() {
        return viewer;
    }

    public ChartPane chartPane() {
        return chartPane;
    }

    public TableView<DiagramViewModel.PointRow> table() {
        return table;
    }

    public TableView<DiagramViewModel.PointRow> constrainedTable() {
        return constrainedTable;
    }

    public Tooltip tooltip() {
        return tip;
    }
}
