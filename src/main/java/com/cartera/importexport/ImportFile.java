package com.cartera.importexport;

import java.io.File;
import java.io.Serializable;
import java.util.List;

/**
 * An uploaded spreadsheet, kept in a temporary file until its import is done.
 *
 * @param file       the temporary copy
 * @param fileName   the name it had on the person's computer
 * @param sheetNames its sheets (one, named after the file, for a .csv)
 */
public record ImportFile(File file, String fileName, List<String> sheetNames) implements Serializable {

    public ImportFile {
        sheetNames = List.copyOf(sheetNames);
    }
}
