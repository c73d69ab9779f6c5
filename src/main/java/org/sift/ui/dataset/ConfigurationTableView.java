package org.sift.ui.dataset;

import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** Sortable table of the configurations; double-click or Enter on a row opens the inspector. */
public final class ConfigurationTableView extends TableView<ConfigurationRow> {

    private IntConsumer onOpen = i -> { };

    public ConfigurationTableView(DatasetViewModel vm) {
        setId("configurationTable");
        SortedList<ConfigurationRow> sorted = new SortedList<>(vm.configurations());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No configurations: open a dataset with File ▸ Open… (Ctrl+O) or drop files on the window"));
        setTooltip(new Tooltip("Configurations of the dataset; click a header to sort, double-click a row to inspect"));

        TableColumn<ConfigurationRow, Integer> index = new TableColumn<>("#");
        index.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().index()));
        index.setPrefWidth(60);
        index.setMaxWidth(90);
        index.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<ConfigurationRow, String> group = new TableColumn<>("Group");
        group.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().group()));
        group.setPrefWidth(120);
        TableColumn<ConfigurationRow, String> formula = new TableColumn<>("Formula");
        formula.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().formula()));
        formula.setPrefWidth(120);
        TableColumn<ConfigurationRow, Integer> atoms = new TableColumn<>("Atoms");
        atoms.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().atoms()));
        atoms.setPrefWidth(70);
        atoms.setMaxWidth(100);
        atoms.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<ConfigurationRow, Double> energy = new TableColumn<>("Energy (eV)");
        energy.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().energy()));
        energy.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v == null ? "—" : String.format("%.4f", v));
            }
        });
        energy.setPrefWidth(120);
        energy.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<ConfigurationRow, String> origin = new TableColumn<>("Origin");
        origin.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().origin()));
        origin.setPrefWidth(260);
        getColumns().add(index);
        getColumns().add(group);
        getColumns().add(formula);
        getColumns().add(atoms);
        getColumns().add(energy);
        getColumns().add(origin);

        setRowFactory(tv -> {
            TableRow<ConfigurationRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem().index());
                }
            });
            return row;
        });
        setOnKeyPressed(e -> {
            ConfigurationRow r = getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && r != null) {
                onOpen.accept(r.index());
            }
        });
    }

    /** Called with the dataset index of a row that the user opens. */
    public void setOnOpen(IntConsumer c) {
        onOpen = c == null ? i -> { } : c;
    }
}
