package com.cartera.marketing.target.ui;

import com.cartera.base.ui.Notifications;
import com.cartera.marketing.target.ResponseImport;
import com.cartera.security.FieldRejectedException;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Importing a response file: the statuses it gives are set, and each row that matched nobody on the list or named
 * no known status is listed with its row number.
 */
class ResponseImportPanel extends VerticalLayout {

    /** The largest response file taken. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    final Upload upload;
    final Paragraph outcome = new Paragraph();
    final VerticalLayout problems = new VerticalLayout();

    private final ResponseImport responses;
    private final long listId;
    private final Runnable changed;

    ResponseImportPanel(ResponseImport responses, long listId, Runnable changed) {
        this.responses = responses;
        this.listId = listId;
        this.changed = changed;
        addClassName("target-list-import");
        setPadding(false);
        upload = new Upload(UploadHandler.inMemory((metadata, content) ->
                received(metadata.fileName(), content)));
        upload.setAcceptedFileTypes(".xlsx", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setDropLabel(new Span(getTranslation("marketing.list.import.drop")));
        String addFile = getTranslation("marketing.list.import.add");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(addFile).setMany(addFile))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("marketing.list.import.too-big", MAX_BYTES / (1024 * 1024)))
                        .setIncorrectFileType(getTranslation("marketing.list.import.unreadable"))));
        problems.setPadding(false);
        problems.setSpacing(false);
        add(new Paragraph(getTranslation("marketing.list.import.help")), upload, outcome, problems);
    }

    void received(String fileName, byte[] content) {
        problems.removeAll();
        try {
            ResponseImport.Outcome result = responses.apply(listId, fileName, content);
            outcome.setText(getTranslation("marketing.list.import.done", result.rows(), result.changed(),
                    result.problems().size()));
            result.problems().forEach(problem -> problems.add(new Span(getTranslation(
                    "marketing.list.import.row", problem.row(), getTranslation(problem.messageKey()),
                    problem.value()))));
            changed.run();
        } catch (FieldRejectedException rejected) {
            outcome.setText(getTranslation(rejected.messageKey()));
            Notifications.error(getTranslation(rejected.messageKey()));
        }
        upload.clearFileList();
    }
}
