package se.arshjul.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF step never reads files or URLs named in a document, whatever reaches its HTML. */
class HtmlToPdfTest {

    @Test
    void imagesAndStylesheetsFromFilesAreNotLoaded(@TempDir Path dir) throws Exception {
        Path image = dir.resolve("hemlig.png");
        ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), "png", image.toFile());
        Path css = dir.resolve("stil.css");
        Files.writeString(css, "p { display: none; }");
        String html = "<html><head><link rel=\"stylesheet\" href=\"" + css.toUri() + "\"/></head><body><p>Synlig text</p><img src=\""
                + image.toUri() + "\"/></body></html>";

        try (PDDocument pdf = Loader.loadPDF(HtmlToPdf.convert(html))) {
            assertThat(pdf.getPage(0).getResources().getXObjectNames()).as("the image file was not embedded").isEmpty();
            assertThat(new PDFTextStripper().getText(pdf)).as("the stylesheet file was not applied").contains("Synlig text");
        }
    }
}
