package vn.chibo.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** A printed invite sheet as a person holding it sees it: its text, and what its QR codes say when a phone scans them. */
public record InvitePdf(String text, List<String> qrCodes) {

    public static InvitePdf read(byte[] pdf) throws IOException {
        if (!new String(pdf, 0, Math.min(5, pdf.length)).equals("%PDF-")) {
            throw new AssertionError("not a PDF");
        }
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            var codes = new ArrayList<String>();
            var renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 200);
                int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
                var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
                try {
                    Result[] found = new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, true));
                    codes.addAll(Arrays.stream(found).map(Result::getText).toList());
                } catch (NotFoundException e) {
                    // a page without cards, as the sheet of a cell where everyone is linked
                }
            }
            return new InvitePdf(text, codes);
        }
    }
}
