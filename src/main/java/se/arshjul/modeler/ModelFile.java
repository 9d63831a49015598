package se.arshjul.modeler;

import java.util.Locale;

/** An uploaded or edited model file: its file name (e.g. {@code granskning.bpmn}) and its bytes. */
public record ModelFile(String fileName, byte[] content) {

    public static final int MAX_BYTES = 1024 * 1024;

    public ModelFile {
        fileName = baseName(fileName);
    }

    public boolean isBpmn() {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".bpmn");
    }

    public boolean isForm() {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".form");
    }

    /** The deployment resource name, in the same folders as {@link ModelDeployer} uses. */
    public String resourceName() {
        return (isForm() ? "forms/" : "bpmn/") + fileName;
    }

    static String baseName(String name) {
        if (name == null) {
            return "";
        }
        String n = name.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1).trim();
    }
}
