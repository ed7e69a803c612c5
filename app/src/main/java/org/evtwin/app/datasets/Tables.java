package org.evtwin.app.datasets;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Small helpers for the read-only tables of the data-set views: text columns, right-aligned number columns. */
public final class Tables {
    private Tables() {
    }

    /** A column showing {@code text(row)}. */
    public static <S> TableColumn<S, String> text(String title, double width, Function<S, String> text) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(text.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /** A right-aligned column for numbers (style class {@code numeric}). */
    public static <S> TableColumn<S, String> number(String title, double width, Function<S, String> text) {
        TableColumn<S, String> c = text(title, width, text);
        c.getStyleClass().add("numeric");
        return c;
    }

    /** A read-only table with a placeholder text and columns that share the width. */
    public static <S> TableView<S> table(String id, String placeholder) {
        TableView<S> t = new TableView<>();
        t.setId(id);
        t.setPlaceholder(new Label(placeholder));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return t;
    }
}
