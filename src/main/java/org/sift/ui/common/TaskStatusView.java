package org.sift.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** Progress bar, message, remaining-time estimate and Cancel button bound to a {@link FxTaskRunner}. */
public final class TaskStatusView extends HBox {

    public TaskStatusView(FxTaskRunner runner) {
        super(6);
        setAlignment(Pos.CENTER_RIGHT);
        getStyleClass().add("task-status");
        ProgressBar bar = new ProgressBar(0);
        bar.setId("taskProgress");
        bar.setPrefWidth(160);
        bar.progressProperty().bind(runner.progressProperty());
        bar.disableProperty().bind(runner.runningProperty().not());
        bar.setTooltip(new Tooltip("Progress of the running task"));
        Label message = new Label();
        message.setId("taskMessage");
        message.textProperty().bind(runner.messageProperty());
        message.setMaxWidth(320);
        message.setTooltip(new Tooltip("What the running task is doing"));
        Label eta = new Label();
        eta.setId("taskEta");
        eta.textProperty().bind(runner.etaProperty());
        eta.setTooltip(new Tooltip("Estimated time left, from the rate so far"));
        Button cancel = new Button("Cancel");
        cancel.setId("taskCancel");
        cancel.setTooltip(new Tooltip("Stop the running task; the current data and results stay as they were"));
        cancel.disableProperty().bind(runner.runningProperty().not());
        cancel.setOnAction(e -> runner.cancel());
        getChildren().addAll(message, eta, bar, cancel);
    }
}
