package org.sift.ui.distributions;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.sift.ui.analysis.ChartPane;

/** The Redundancy tab: cumulative pair-similarity distributions per group and their summary. */
public final class DistributionsView extends BorderPane {

    private final ChartPane chart;
    private final TableView<DistributionRow> table = new TableView<>();

    public DistributionsView(DistributionsViewModel vm) {
        chart = new ChartPane(vm.chartProperty(), "The distributions appear once the dataset is analysed.");
        chart.setId("distributionsChart");
        Label caption = new Label("Cumulative distribution of the similarity K between the configurations of each group: "
                + "a curve close to the right edge means a group of near duplicates (redundant data).");
        caption.setWrapText(true);
        caption.setPadding(new Insets(6, 8, 2, 8));
        table.setId("distributionTable");
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No analysis yet"));
        table.getColumns().add(column("Group", DistributionRow::group, null));
        table.getColumns().add(column("Configs", DistributionRow::members, null));
        table.getColumns().add(column("Pairs", r -> String.format(Locale.ROOT, "%,d", r.pairs()) + (r.sampled() ? " (sampled)" : ""), null));
        table.getColumns().add(column("Median K", DistributionRow::median, "%.4f"));
        table.getColumns().add(column("Pairs with K > " + DistributionsViewModel.NEAR_DUPLICATE_K + " (%)",
                DistributionRow::above99, "%.1f"));
        table.setTooltip(new Tooltip("Pairwise similarity within each group (groups above 1,000,000 pairs are sampled)"));
        SplitPane split = new SplitPane(chart, table);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.72);
        setTop(caption);
        setCenter(split);
    }

    private static <T> TableColumn<DistributionRow, T> column(String name, Function<DistributionRow, T> f, String format) {
        TableColumn<DistributionRow, T> c = new TableColumn<>(name);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.apply(x.getValue())));
        if (format != null) {
            c.setCellFactory(col -> new TableCell<>() {
                @Override
                protected void updateItem(T v, boolean empty) {
                    super.updateItem(v, empty);
                    setText(empty || v == null ? null : v instanceof Double d && d.isNaN() ? "—" : String.format(Locale.ROOT, format, v));
                }
            });
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        return c;
    }

    public ChartPane chartPane() {
        return chart;
    }

    public TableView<DistributionRow> table() {
        return table;
    }
}
