package org.sift.ui.accuracy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.sift.ui.analysis.ChartPane;
import org.sift.ui.common.DialogService;
import org.sift.workflow.LearningCurveOptions.Selector;

/**
 * The Accuracy tab: which selectors, Run/Cancel, the learning curve (RMSE against n, log n), the size
 * within tolerance of the full pool, FPS against random at the slider's n, and the selectors side by side.
 */
public final class AccuracyView extends BorderPane {

    private static final List<DialogService.FileFilter> CSV =
            List.of(new DialogService.FileFilter("CSV table", List.of("*.csv")));

    private final ChartPane chart;
    private final TableView<SelectorRow> table = new TableView<>();
    private final Button run = new Button("Run");
    private final Button cancel = new Button("Cancel");
    private final Button exportCsv = new Button("Export CSV…");
    private final Button exportFigure = new Button("Export Figure…");

    public AccuracyView(AccuracyViewModel vm, DialogService dialogs, Runnable figureExport) {
        chart = new ChartPane(vm.chartProperty(), "The learning curve appears here after Run.");
        chart.setId("accuracyChart");
        Label scope = new Label(AccuracyViewModel.SCOPE);
        scope.setId("accuracyScope");
        scope.setWrapText(true);
        FlowPane controls = new FlowPane(8, 6);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.getChildren().add(new Label("Selectors:"));
        for (Selector s : Selector.values()) {
            CheckBox b = new CheckBox(s.id());
            b.setId("selector-" + s.id());
            b.selectedProperty().bindBidirectional(vm.selectorProperty(s));
            b.disableProperty().bind(vm.energiesProperty().not().or(vm.runningProperty()));
            controls.getChildren().add(b);
        }
        ChoiceBox<Integer> zeta = new ChoiceBox<>();
        zeta.setId("accuracyZeta");
        zeta.getItems().setAll(1, 2, 4);
        zeta.setValue(vm.zetaProperty().get());
        zeta.valueProperty().addListener((o, a, z) -> {
            if (z != null) vm.zetaProperty().set(z);
        });
        zeta.setTooltip(new Tooltip("Exponent zeta of the regression kernel K^zeta"));
        zeta.disableProperty().bind(vm.energiesProperty().not().or(vm.runningProperty()));
        run.setId("accuracyRun");
        run.setDefaultButton(false);
        run.disableProperty().bind(vm.canRunProperty().not());
        run.setOnAction(e -> vm.run());
        run.setTooltip(new Tooltip("Fit the surrogate on subsets of the study's sizes and the slider's n"));
        cancel.setId("accuracyCancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        exportCsv.setId("accuracyExportCsv");
        exportCsv.disableProperty().bind(vm.resultProperty().isNull().or(vm.staleProperty()));
        exportCsv.setOnAction(e -> {
            Optional<Path> f = dialogs.chooseFileToSave("Export Learning Curve", "learning_curve.csv", CSV);
            if (f.isEmpty()) return;
            try {
                vm.exportCsv(f.get());
            } catch (Exception ex) {
                dialogs.showError("Export of " + f.get().getFileName() + " failed", ex.getMessage());
            }
        });
        exportFigure.setId("accuracyExportFigure");
        exportFigure.disableProperty().bind(vm.resultProperty().isNull().or(vm.staleProperty()));
        exportFigure.setOnAction(e -> figureExport.run());
        controls.getChildren().addAll(new Label("ζ"), zeta, run, cancel, exportCsv, exportFigure);

        Label within = label("accuracyWithin", vm.withinProperty());
        Label atN = label("accuracyAtN", vm.atNProperty());
        Label status = label("accuracyStatus", vm.statusProperty());
        VBox top = new VBox(6, scope, controls, status);
        top.setPadding(new Insets(6, 8, 4, 8));

        table.setId("selectorTable");
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Run to compare the selectors at the slider's n"));
        table.getColumns().add(column("Selector", SelectorRow::selector, null));
        table.getColumns().add(column("n", SelectorRow::n, null));
        table.getColumns().add(column("D(n) over the pool", SelectorRow::farthest, "%.4f"));
        table.getColumns().add(column("REP(n) %", SelectorRow::rep, "%.1f"));
        table.getColumns().add(column("RMSE [meV/atom]", SelectorRow::rmse, "%.3f"));
        table.getColumns().add(column("± sd", SelectorRow::rmseSd, "%.3f"));
        table.getColumns().add(column("Selection time [s]", SelectorRow::seconds, "%.3f"));
        VBox bottom = new VBox(4, within, atN, table);
        bottom.setPadding(new Insets(4, 8, 4, 8));
        SplitPane split = new SplitPane(chart, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.66);
        setTop(top);
        setCenter(split);
    }

    private static Label label(String id, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.textProperty().bind(text);
        return l;
    }

    private static <T> TableColumn<SelectorRow, T> column(String name, Function<SelectorRow, T> f, String format) {
        TableColumn<SelectorRow, T> c = new TableColumn<>(name);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.apply(x.getValue())));
        if (format != null) {
            c.setCellFactory(col -> new TableCell<>() {
                @Override
                protected void updateItem(T v, boolean empty) {
                    super.updateItem(v, empty);
                    setText(empty || v == null ? null : String.format(Locale.ROOT, format, v));
                }
            });
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        return c;
    }

    public ChartPane chartPane() {
        return chart;
    }

    public TableView<SelectorRow> table() {
        return table;
    }
}
