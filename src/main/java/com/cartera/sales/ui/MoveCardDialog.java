package com.cartera.sales.ui;

import java.util.List;

import com.cartera.sales.BoardCard;
import com.cartera.sales.PipelineStage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * "Move to stage…" for keyboard and touch: up or down in the column, or to another stage (at the bottom
 * of its column). Built when asked for, so that a board of many cards stays light.
 */
class MoveCardDialog extends Dialog {

    MoveCardDialog(BoardCard card, List<PipelineStage> stages, StageColumn column, PipelineBoardView board) {
        setHeaderTitle(getTranslation("pipeline.card.move", card.title()));
        var up = new Button(getTranslation("pipeline.card.up"), e -> {
            close();
            column.moveUp(card);
        });
        var down = new Button(getTranslation("pipeline.card.down"), e -> {
            close();
            column.moveDown(card);
        });
        var toStage = new VerticalLayout(new Span(getTranslation("pipeline.card.move-to")));
        toStage.setPadding(false);
        toStage.setSpacing(false);
        for (PipelineStage stage : stages) {
            var button = new Button(stage.getName(), e -> {
                close();
                board.move(card, stage.getId(), null);
            });
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            button.setEnabled(!stage.getId().equals(card.stageId()));
            toStage.add(button);
        }
        add(new HorizontalLayout(up, down), toStage);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()));
    }
}
