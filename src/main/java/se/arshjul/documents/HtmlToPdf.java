package se.arshjul.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

/**
 * Turns a rendered document (XHTML with print CSS, see templates/fragments/print.html) into a PDF. Inline
 * SVG (the follow-up's trend charts) is drawn as vector graphics by Batik; the drawer's defaults run no
 * scripts and load no external resources.
 */
public final class HtmlToPdf {

    private HtmlToPdf() {}

    public static byte[] convert(String html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(html, null);
            // The documents are self-contained (inline CSS and SVG): never fetch files or URLs named in them.
            for (ExternalResourceControlPriority when : ExternalResourceControlPriority.values()) {
                builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"), when);
            }
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be created", e);
        }
    }
}
