package org.sift.ui.sampling;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.converter.IntegerStringConverter;
import org.sift.figures.GroupPalette;
import org.sift.ui.analysis.ChartPane;

/**
 * The Sampling tab: subset size n (slider and field, kept in sync), D(n) and REP(n), the coverage
 * chart with its marker at n, the composition of the subset, "smallest n with REP ≥ target", and
 * the comparison with random subsets. Dragging the slider does no background work.
 */
public final class SamplingView extends BorderPane {

    private final SamplingViewModel vm;
    private final Slider slider = new Slider(1, 1, 1);
    private final TextField nField = new TextField();
    private final TextFormatter<Integer> nFormatter;
    private final ChartPane chart;
    private final TableView<CompositionRow> table = new TableView<>();
    private final TableColumn<CompositionRow, Double> randomCount;
    private final TableColumn<CompositionRow, Double> randomPercent;
    private boolean syncing;

    public SamplingView(SamplingViewModel vm, Supplier<GroupPalette> palette) {
        this.vm = vm;
        slider.setId("nSlider");
        slider.setBlockIncrement(1);
        slider.setShowTickMarks(false);
        slider.setMinWidth(200);
        slider.setTooltip(new Tooltip("Subset size n: the first n configurations of the FPS order"));
        HBox.setHgrow(slider, Priority.ALWAYS);
        vm.maxNProperty().addListener((o, a, m) -> syncSlider());

        nField.setId("nField");
        nField.setPrefColumnCount(6);
        nField.setTooltip(new Tooltip("Subset size n (Enter to apply)"));
        UnaryOperator<TextFormatter.Change> digits = c -> c.getControlNewText().matches("\\d{0,9}") ? c : null;
        nFormatter =
                new TextFormatter<>(new IntegerStringConverter(), vm.nProperty().get(), digits);
        nField.setTextFormatter(nFormatter);
        nFormatter.valueProperty().addListener((o, a, v) -> {
            if (!syncing && v != null) {
                vm.nProperty().set(v);
                sync(); // show the clamped value
            }
        });
        slider.valueProperty().addListener((o, a, v) -> {
            if (!syncing) {
                vm.nProperty().set((int) Math.round(v.doubleValue()));
                sync();
            }
        });
        vm.nProperty().addListener((o, a, b) -> sync());

        Label maxLabel = new Label();
        maxLabel.setId("maxNLabel");
        maxLabel.textProperty().bind(vm.maxNTextProperty());
        Button more = new Button("Compute more");
        more.setId("extendFpsButton");
        more.setTooltip(
                new Tooltip("Continue the FPS order to twice as many configurations (the same order as one full run)"));
        more.setOnAction(e -> vm.extendFps());
        more.visibleProperty().bind(vm.extendableProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.disableProperty().bind(vm.analysis().busyProperty());
        HBox nRow = new HBox(8, new Label("Subset size n"), slider, nField, maxLabel, more);
        nRow.setAlignment(Pos.CENTER_LEFT);

        Label d = new Label();
        d.setId("farthestLabel");
        d.textProperty().bind(vm.farthestTextProperty());
        d.setTooltip(new Tooltip(
                "Farthest distance: the largest distance from any configuration to its nearest in the subset"));
        d.setMinWidth(150);
        Label rep = new Label();
        rep.setId("repLabel");
        rep.textProperty().bind(vm.repTextProperty());
        rep.setTooltip(new Tooltip("Representativeness: share of all configurations within ε of the subset"));
        rep.setMinWidth(140);
        TextField target = new TextField();
        target.setId("repTargetField");
        target.setPrefColumnCount(4);
        TextFormatter<Double> tf = new TextFormatter<>(
                new javafx.util.converter.DoubleStringConverter(),
                vm.repTargetProperty().get(),
                c -> c.getControlNewText().matches("\\d{0,3}(\\.\\d{0,3})?") ? c : null);
        target.setTextFormatter(tf);
        tf.valueProperty().addListener((o, a, v) -> {
            if (v != null) vm.repTargetProperty().set(v);
        });
        Button find = new Button("Find");
        find.setId("smallestNButton");
        find.setTooltip(new Tooltip("Set n to the smallest subset size whose REP reaches the target"));
        find.setOnAction(e -> {
            target.commitValue();
            vm.smallestNForTarget();
        });
        find.disableProperty().bind(vm.maxNProperty().lessThan(1));
        Label msg = new Label();
        msg.setId("samplingMessage");
        msg.textProperty().bind(vm.messageProperty());
        // rows wrap in a small window instead of truncating their labels
        FlowPane curveRow = new FlowPane(
                8, 4, d, rep, group(new Label("Smallest n with REP ≥"), target, new Label("%"), find), msg);
        curveRow.setAlignment(Pos.CENTER_LEFT);

        CheckBox compare = new CheckBox("Compare with random subsets");
        compare.setId("compareRandom");
        compare.selectedProperty().bindBidirectional(vm.analysis().compareRandomProperty());
        compare.setTooltip(
                new Tooltip("Mean ± sd of D(n) and REP(n) over seeded random subsets, and their mean composition"));
        Spinner<Integer> repeats = new Spinner<>();
        repeats.setId("randomRepeats");
        SpinnerValueFactory.IntegerSpinnerValueFactory f = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                1, 50, vm.analysis().randomRepeatsProperty().get());
        repeats.setValueFactory(f);
        f.valueProperty()
                .bindBidirectional(vm.analysis().randomRepeatsProperty().asObject());
        repeats.setPrefWidth(80);
        repeats.setTooltip(new Tooltip("Number of random subsets R (seeded)"));
        Label constraints = new Label();
        constraints.setId("samplingConstraints");
        constraints.textProperty().bind(vm.constraintsTextProperty());
        CheckBox log = new CheckBox("Log n axis");
        log.setMinWidth(Region.USE_PREF_SIZE);
        log.setId("logScale");
        log.selectedProperty().bindBidirectional(vm.logScaleProperty());
        log.setTooltip(new Tooltip("Show the subset size on a logarithmic axis"));
        CheckBox coverBanned = new CheckBox("Banned count in coverage");
        coverBanned.setId("coverBanned");
        coverBanned.setTooltip(new Tooltip(
                "Checked: banned configurations still have to be represented (they count in D(n) and REP(n)).\n"
                        + "Unchecked: they are left out of the coverage of FPS and random subsets alike."));
        coverBanned.setSelected(vm.analysis().constraintsProperty().get().coverBanned());
        vm.analysis().constraintsProperty().addListener((o, a, c) -> coverBanned.setSelected(c.coverBanned()));
        coverBanned.setOnAction(e -> vm.setCoverBanned(coverBanned.isSelected()));
        FlowPane randomRow =
                new FlowPane(8, 4, group(compare, repeats, new Label("repeats")), log, group(constraints, coverBanned));
        randomRow.setAlignment(Pos.CENTER_LEFT);

        VBox top = new VBox(6, nRow, curveRow, randomRow);
        top.setPadding(new Insets(8));

        chart = new ChartPane(vm.coverageChartProperty(), "The coverage curves appear once the dataset is analysed.");
        chart.setId("coverageChart");

        table.setId("compositionTable");
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY); // fixed widths: columns come and go
        table.setPlaceholder(new Label("No analysis yet"));
        TableColumn<CompositionRow, String> group = new TableColumn<>("Group");
        group.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(x.getValue().group()));
        group.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String g, boolean empty) {
                super.updateItem(g, empty);
                if (empty || g == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    setText(g);
                    GroupPalette p = palette.get();
                    Rectangle sw = new Rectangle(10, 10);
                    sw.setStyle(p == null ? "" : "-fx-fill: " + p.hex(g) + ";");
                    setGraphic(sw);
                }
            }
        });
        group.setPrefWidth(95);
        table.getColumns().add(group);
        table.getColumns()
                .add(column(
                        "Count",
                        r -> (double) r.count(),
                        "%.0f",
                        "Configurations of the group in the FPS subset of size n"));
        table.getColumns().add(column("%", CompositionRow::percent, "%.1f", "Share of the group in the FPS subset"));
        table.getColumns()
                .add(column("All %", CompositionRow::wholePercent, "%.1f", "Share of the group in the whole dataset"));
        randomCount = column("Rnd", CompositionRow::randomCount, "%.1f", "Mean count in the random subsets of size n");
        randomPercent =
                column("Rnd %", CompositionRow::randomPercent, "%.1f", "Mean share in the random subsets of size n");
        table.getColumns().add(randomCount);
        table.getColumns().add(randomPercent);
        table.setTooltip(
                new Tooltip("Composition of the FPS subset of size n; random columns: mean over the random subsets"));
        vm.rows().addListener((javafx.collections.ListChangeListener<CompositionRow>) c -> showRandomColumns());
        showRandomColumns();

        SplitPane split = new SplitPane(chart, table);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.57);
        table.setMinWidth(120); // the chart keeps its share in a small window; the table scrolls
        chart.setMinWidth(200);
        // the first layout of a SplitPane ignores the positions set before it has a width
        split.widthProperty().addListener(new javafx.beans.value.ChangeListener<Number>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number a, Number w) {
                if (w.doubleValue() > 0) {
                    split.widthProperty().removeListener(this);
                    javafx.application.Platform.runLater(() -> split.setDividerPositions(0.57));
                }
            }
        });
        setTop(top);
        setCenter(split);
        sync();
    }

    /** Controls that stay together on one line of a wrapping row, each at its preferred width. */
    private static HBox group(javafx.scene.Node... nodes) {
        for (javafx.scene.Node n : nodes) {
            if (n instanceof Region r) r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox h = new HBox(8, nodes);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private void showRandomColumns() {
        boolean on = vm.rows().stream().anyMatch(r -> !Double.isNaN(r.randomCount()));
        randomCount.setVisible(on);
        randomPercent.setVisible(on);
    }

    private void syncSlider() {
        syncing = true;
        try {
            slider.setMax(Math.max(1, vm.maxNProperty().get()));
            slider.setValue(vm.nProperty().get());
        } finally {
            syncing = false;
        }
    }

    private void sync() {
        syncing = true;
        try {
            int n = vm.nProperty().get();
            slider.setMax(Math.max(1, vm.maxNProperty().get()));
            if ((int) Math.round(slider.getValue()) != n) {
                slider.setValue(n);
            }
            if (nFormatter.getValue() == null || nFormatter.getValue() != n) {
                nFormatter.setValue(n);
            }
        } finally {
            syncing = false;
        }
    }

    private static TableColumn<CompositionRow, Double> column(
            String name, Function<CompositionRow, Double> f, String format, String tip) {
        TableColumn<CompositionRow, Double> c = new TableColumn<>();
        Label header = new Label(name);
        header.setTooltip(new Tooltip(tip));
        c.setGraphic(header);
        c.setPrefWidth(name.length() > 3 ? 62 : 52);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.apply(x.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : v.isNaN() ? "—" : String.format(Locale.ROOT, format, v));
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    public Slider slider() {
        return slider;
    }

    public TextField nField() {
        return nField;
    }

    public ChartPane chartPane() {
        return chart;
    }

    public TableView<CompositionRow> table() {
        return table;
    }
}
