package org.sift.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.sift.io.ReadOptions;
import org.sift.model.Dataset;
import org.sift.workflow.LoadDataset;

/** The Sift workbench window. Arguments are files to open; without any, the bundled sample. */
public class SiftApp extends Application {

    public static final Path SAMPLE = Path.of("sample-data", "synthetic-lisi.extxyz.gz");

    private final TableView<Map.Entry<String, Integer>> groups = new TableView<>();
    private final Label status = new Label("No dataset");
    private final ProgressBar progress = new ProgressBar(0);

    @Override
    public void start(Stage stage) {
        groups.setId("groupTable");
        status.setId("statusLabel");
        TableColumn<Map.Entry<String, Integer>, String> g = new TableColumn<>("Group");
        g.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getKey()));
        TableColumn<Map.Entry<String, Integer>, Integer> n = new TableColumn<>("Configurations");
        n.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        groups.getColumns().add(g);
        groups.getColumns().add(n);
        BorderPane root = new BorderPane(groups);
        root.setBottom(new HBox(8, progress, status));
        stage.setTitle("Sift");
        stage.setScene(new Scene(root, 900, 600));
        stage.show();
        List<String> args = getParameters() == null ? List.of() : getParameters().getUnnamed();
        List<Path> files = args.isEmpty() ? (Files.exists(SAMPLE) ? List.of(SAMPLE) : List.of())
                : args.stream().map(Path::of).toList();
        if (!files.isEmpty()) {
            open(files);
        }
    }

    void open(List<Path> files) {
        Task<Dataset> task = new Task<>() {
            @Override
            protected Dataset call() throws Exception {
                return new LoadDataset().load(files, ReadOptions.defaults(), org.sift.concurrent.ProgressMonitor.NONE);
            }
        };
        progress.progressProperty().bind(task.progressProperty());
        status.setText("Loading " + files + " ...");
        task.setOnSucceeded(e -> {
            Dataset d = task.getValue();
            groups.setItems(FXCollections.observableArrayList(Dataset.counts(d.formulaGroups()).entrySet()));
            status.setText(d.name() + ": " + d.size() + " configurations, " + d.atomCount() + " atoms");
        });
        task.setOnFailed(e -> status.setText("Could not open: " + task.getException().getMessage()));
        Thread t = new Thread(task, "load");
        t.setDaemon(true);
        t.start();
    }
}
