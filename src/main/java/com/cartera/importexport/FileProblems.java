package com.cartera.importexport;

/** Says what is wrong with a file in words a person can act on, from what the parsing library threw. */
final class FileProblems {

    private FileProblems() {
    }

    static ImportProblem translate(Throwable error, String fileName) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ImportProblem problem) {
                return problem;
            }
            if (t instanceof OutOfMemoryError) {
                return new ImportProblem(error, "import.file.too-large", fileName);
            }
            String message = String.valueOf(t.getMessage());
            // POI's ZipSecureFile: "Zip bomb detected! ..." or an entry beyond the size limit.
            if (message.contains("Zip bomb") || message.contains("exceeds the max entry size")
                    || message.contains("max entry size")) {
                return new ImportProblem(error, "import.file.zip-bomb", fileName);
            }
        }
        return new ImportProblem(error, "import.file.corrupt", fileName);
    }
}
