package org.sift.ui.dataset;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The dataset panel: grouping, groups with counts and shares, reference groups X and Y. */
public final class DatasetView extends VBox {

    private final ComboBox<String> groupBy = new ComboBox<>();
    private final TableView<GroupRow> table = new TableView<>();
    private final ComboBox<String> refX = new ComboBox<>();
    private final ComboBox<String> refY = new ComboBox<>();

    public DatasetView(DatasetViewModel vm) {
        super(8);
        setPadding(new Insets(8));
        setMinWidth(240);
        getStyleClass().add("dataset-panel");

        Label title = new Label("Dataset");
        title.getStyleClass().add("panel-title");

        groupBy.setId("groupBy");
        groupBy.setItems(vm.groupByOptions());
        groupBy.setMaxWidth(Double.MAX_VALUE);
        groupBy.setTooltip(new Tooltip("Group configurations by reduced formula or by a per-configuration key (e.g. config_type)"));
        link(groupBy, vm.groupByProperty());

        table.setId("groupTable");
        table.setItems(vm.groups());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setTooltip(new Tooltip("Groups of the dataset: number of configurations and share of the whole"));
        table.setPlaceholder(new Label("Open a dataset (Ctrl+O)\nor drop files here"));
        TableColumn<GroupRow, String> g = new TableColumn<>("Group");
        g.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        g.setPrefWidth(110);
        TableColumn<GroupRow, Integer> n = new TableColumn<>("Configs");
        n.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count()));
        n.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<GroupRow, Double> pct = new TableColumn<>("%");
        pct.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().percent()));
        pct.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : String.format("%.1f", v));
            }
        });
        pct.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(g);
        table.getColumns().add(n);
        table.getColumns().add(pct);
        VBox.setVgrow(table, Priority.ALWAYS);

        refX.setId("referenceX");
        refY.setId("referenceY");
        for (ComboBox<String> c : java.util.List.of(refX, refY)) {
            c.setItems(vm.groupLabels());
            c.setMaxWidth(Double.MAX_VALUE);
        }
        refX.setTooltip(new Tooltip("Reference group X of the similarity diagram (default: least of the first species)"));
        refY.setTooltip(new Tooltip("Reference group Y of the similarity diagram (default: most of the first species)"));
        link(refX, vm.referenceXProperty());
        link(refY, vm.referenceYProperty());

        GridPane refs = new GridPane();
        refs.setHgap(6);
        refs.setVgap(6);
        refs.addRow(0, new Label("Group by"), groupBy);
        refs.addRow(1, new Label("Reference X"), refX);
        refs.addRow(2, new Label("Reference Y"), refY);
        GridPane.setHgrow(groupBy, Priority.ALWAYS);
        GridPane.setHgrow(refX, Priority.ALWAYS);
        GridPane.setHgrow(refY, Priority.ALWAYS);

        getChildren().addAll(title, refs, table);
    }

    /**
     * Two-way link that ignores the transient null a ComboBox reports while its items are replaced,
     * so that the ViewModel stays the owner of the value.
     */
    static void link(ComboBox<String> box, StringProperty p) {
        box.setValue(p.get());
        p.addListener((o, a, b) -> {
            if (!java.util.Objects.equals(box.getValue(), b)) {
                box.setValue(b);
            }
        });
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(p.get())) {
                p.set(b);
            } else if (b == null && p.get() != null) {
                ObservableList<String> items = box.getItems();
                if (items.contains(p.get())) {
                    box.setValue(p.get());
                }
            }
        });
    }

    public TableView<GroupRow> table() {
        return table;
    }
}
