package com.cartera.analytics.ui;

import java.util.ArrayList;
import java.util.List;

import com.cartera.importexport.FigureSheet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;

/**
 * The figures a dashboard shows, as tables for its export: each card that draws figures attaches them to the
 * component it returns, and the page gathers them in the order they appear.
 */
final class DashboardFigures {

    private DashboardFigures() {
    }

    /** Says that {@code shown} draws the figures of {@code sheet}. */
    static <C extends Component> C attach(C shown, FigureSheet sheet) {
        ComponentUtil.setData(shown, FigureSheet.class, sheet);
        return shown;
    }

    /** The figures drawn inside {@code root}, in the order of the page. */
    static List<FigureSheet> shownIn(Component root) {
        List<FigureSheet> sheets = new ArrayList<>();
        collect(root, sheets);
        return List.copyOf(sheets);
    }

    private static void collect(Component component, List<FigureSheet> sheets) {
        if (component instanceof KpiTiles tiles) {
            tiles.figures().ifPresent(sheets::add);
            return;
        }
        FigureSheet sheet = ComponentUtil.getData(component, FigureSheet.class);
        if (sheet != null) {
            sheets.add(sheet);
            return;
        }
        component.getChildren().forEach(child -> collect(child, sheets));
    }
}
