package org.sift.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sift.ui.sampling.CompositionRow;

/**
 * The list of named subsets (beside the composition table): a check box per subset shows its
 * columns (count and share per group) in the composition table; Save, Rename, Delete and Export
 * act on the selected subset through {@link SessionView}.
 */
public final class NamedSubsetsView extends BorderPane {

    private final NamedSubsetsViewModel vm;
    private final TableView<CompositionRow> table;
    private final ListView<NamedSubsetsViewModel.NamedSubset> list = new ListView<>();
    private final List<TableColumn<CompositionRow, ?>> added = new ArrayList<>();
    private final Button save = new Button("Save…");
    private final Button rename = new Button("Rename…");
    private final Button delete = new Button("Delete");
    private final Button export = new Button("Export…");

    public NamedSubsetsView(NamedSubsetsViewModel vm, TableView<CompositionRow> compositionTable) {
        this.vm = vm;
        this.table = compositionTable;
        setId("namedSubsetsPanel");
        list.setId("namedSubsetsList");
        list.setItems(vm.subsets());
        list.setPlaceholder(new Label("No named subsets.\nSave the FPS subset\nor the marked points."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(NamedSubsetsViewModel.NamedSubset s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                CheckBox cb = new CheckBox();
                cb.setSelected(s.compared());
                cb.setTooltip(new Tooltip("Show this subset's composition in the table"));
                cb.selectedProperty().addListener((o, a, on) -> vm.setCompared(s.name(), on));
                setGraphic(cb);
                setText(String.format(Locale.ROOT, "%s  (%,d)", s.name(), s.size()));
            }
        });
        list.setTooltip(new Tooltip("Named subsets: tick to compare their composition with the FPS subset"));
        save.setId("saveSubsetButton");
        rename.setId("renameSubsetButton");
        delete.setId("deleteSubsetButton");
        export.setId("exportNamedSubsetButton");
        var none = list.getSelectionModel().selectedItemProperty().isNull();
        rename.disableProperty().bind(none);
        delete.disableProperty().bind(none);
        export.disableProperty().bind(none);
        save.setTooltip(new Tooltip("Save the FPS subset of size n (or the configurations marked in the diagram) by name"));
        Label title = new Label("Named subsets");
        title.setStyle("-fx-font-weight: bold;");
        Label msg = new Label();
        msg.setId("namedSubsetsMessage");
        msg.setWrapText(true);
        msg.textProperty().bind(vm.messageProperty());
        msg.setMinHeight(Region.USE_PREF_SIZE);
        HBox row1 = new HBox(4, save, rename);
        HBox row2 = new HBox(4, delete, export);
        VBox top = new VBox(4, title);
        VBox bottom = new VBox(4, row1, row2, msg);
        top.setPadding(new Insets(0, 0, 4, 0));
        bottom.setPadding(new Insets(4, 0, 0, 0));
        setTop(top);
        setCenter(list);
        setBottom(bottom);
        setPadding(new Insets(6));
        setPrefWidth(200);
        setMinWidth(160);
        VBox.setVgrow(list, Priority.ALWAYS);
        vm.subsets().addListener((ListChangeListener<NamedSubsetsViewModel.NamedSubset>) c -> rebuildColumns());
        vm.sampling().analysis().resultProperty().addListener((o, a, b) -> rebuildColumns());
        rebuildColumns();
    }

    /** One "name" column (Count, %) per compared subset, after the table's own columns. */
    private void rebuildColumns() {
        table.getColumns().removeAll(added);
        added.clear();
        for (NamedSubsetsViewModel.NamedSubset s : vm.subsets()) {
            if (!s.compared()) continue;
            String name = s.name();
            TableColumn<CompositionRow, String> parent = new TableColumn<>(name);
            parent.setId("named-" + name);
            TableColumn<CompositionRow, String> count = child("Count", 56, name, false);
            TableColumn<CompositionRow, String> pct = child("%", 52, name, true);
            parent.getColumns().add(count);
            parent.getColumns().add(pct);
            added.add(parent);
        }
        table.getColumns().addAll(added);
    }

    private TableColumn<CompositionRow, String> child(String header, double width, String name, boolean percent) {
        TableColumn<CompositionRow, String> c = new TableColumn<>(header);
        c.setPrefWidth(width);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(cell(name, x.getValue(), percent)));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v);
            }
        });
        return c;
    }

    private String cell(String name, CompositionRow row, boolean percent) {
        int[] counts = vm.counts(name);
        var r = vm.sampling().analysis().getResult();
        NamedSubsetsViewModel.NamedSubset s = vm.get(name);
        if (counts == null || r == null || s == null) return "—";
        int g = r.groups().indexOf(row.group());
        if (g < 0) return "—";
        return percent ? String.format(Locale.ROOT, "%.1f", 100.0 * counts[g] / s.size()) : Integer.toString(counts[g]);
    }

    public ListView<NamedSubsetsViewModel.NamedSubset> list() { return list; }
    public Button saveButton() { return save; }
    public Button renameButton() { return rename; }
    public Button deleteButton() { return delete; }
    public Button exportButton() { return export; }
}
