package vn.chibo.organization;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The printable invite sheet of a cell: A4 pages of cut-out cards, one per member not yet linked in a chat, each with
 * the name, a QR code of the Telegram link (and of the Zalo bot, when its link is set), the code typed out and three
 * lines of instructions in large type. A card carries the member's current invite, so printing again does not void
 * the cards handed out before, unless {@code renew} asks for new codes.
 */
@Component
public class InviteSheets {

    private static final float PAGE_MARGIN = 20;
    private static final int COLUMNS = 2;
    private static final int ROWS = 4;
    private static final float PADDING = 12;
    private static final float QR_SIZE = 84;

    private final Organization organization;
    private final DeepLinks links;
    private final MessageSource messages;
    private final String zaloBotLink;

    InviteSheets(Organization organization, DeepLinks links, MessageSource messages,
                 @Value("${chibo.zalo.bot-link:}") String zaloBotLink) {
        this.organization = organization;
        this.links = links;
        this.messages = messages;
        this.zaloBotLink = zaloBotLink == null ? "" : zaloBotLink.strip();
    }

    /** The members of a cell the sheet has a card for: on the roster, not admins, with no chat linked. */
    public List<Member> unlinked(OrgUnit cell) {
        var linked = organization.identitiesUnder(cell);
        return organization.membersOf(cell).stream()
                .filter(member -> member.role() != Role.ADMIN)
                .filter(member -> linked.getOrDefault(member.id(), List.of()).stream().noneMatch(ChatIdentity::reachable))
                .toList();
    }

    @Transactional
    public byte[] pdf(OrgUnit cell, boolean renew, Locale locale) {
        List<Member> members = unlinked(cell);
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            PDType0Font regular = font(document, "/fonts/DejaVuSans.ttf");
            PDType0Font bold = font(document, "/fonts/DejaVuSans-Bold.ttf");
            var cards = new Cards(document, regular, bold, locale);
            if (members.isEmpty()) {
                cards.nobody(cell);
            }
            for (int i = 0; i < members.size(); i++) {
                Member member = members.get(i);
                Invite invite = renew ? organization.renewInvite(member.id()) : organization.currentInvite(member.id());
                cards.card(i, member, invite, cell);
            }
            cards.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDType0Font font(PDDocument document, String resource) throws IOException {
        try (InputStream in = InviteSheets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font missing from the jar: " + resource);
            }
            return PDType0Font.load(document, in);
        }
    }

    /** Lays the cards out, two across and four down a page, with dashed cutting lines. */
    private final class Cards {

        private final PDDocument document;
        private final PDType0Font regular;
        private final PDType0Font bold;
        private final Locale locale;
        private final float width = (PDRectangle.A4.getWidth() - 2 * PAGE_MARGIN) / COLUMNS;
        private final float height = (PDRectangle.A4.getHeight() - 2 * PAGE_MARGIN) / ROWS;
        private PDPageContentStream page;

        Cards(PDDocument document, PDType0Font regular, PDType0Font bold, Locale locale) {
            this.document = document;
            this.regular = regular;
            this.bold = bold;
            this.locale = locale;
        }

        void nobody(OrgUnit cell) throws IOException {
            newPage();
            text(bold, 16, PAGE_MARGIN, PDRectangle.A4.getHeight() - PAGE_MARGIN - 20,
                    messages.getMessage("invite.sheet.nobody", new Object[] {cell.name()}, locale));
        }

        void card(int index, Member member, Invite invite, OrgUnit cell) throws IOException {
            int onPage = index % (COLUMNS * ROWS);
            if (onPage == 0) {
                newPage();
            }
            float left = PAGE_MARGIN + (onPage % COLUMNS) * width;
            float top = PDRectangle.A4.getHeight() - PAGE_MARGIN - (onPage / COLUMNS) * height;
            page.setLineDashPattern(new float[] {4, 3}, 0);
            page.setLineWidth(0.5f);
            page.addRect(left, top - height, width, height);
            page.stroke();
            page.setLineDashPattern(new float[] {}, 0);

            float x = left + PADDING;
            float y = top - PADDING - 14;
            text(bold, fit(bold, member.fullName(), 15, width - 2 * PADDING), x, y, member.fullName());
            y -= 14;
            text(regular, 9, x, y, fitted(regular, 9, width - 2 * PADDING, cell.name()));
            float qrTop = y - 8;
            qr(links.telegram(invite.code()), x, qrTop - QR_SIZE);
            text(regular, 9, x, qrTop - QR_SIZE - 11, "Telegram");
            float codeX = x + QR_SIZE + 10;
            if (!zaloBotLink.isEmpty()) {
                qr(zaloBotLink, codeX, qrTop - QR_SIZE);
                text(regular, 9, codeX, qrTop - QR_SIZE - 11, "Zalo");
                codeX += QR_SIZE + 10;
            }
            text(regular, 10, codeX, qrTop - 12, messages.getMessage("invite.sheet.code", null, locale));
            text(bold, 18, codeX, qrTop - 34, invite.code());
            float lineY = qrTop - QR_SIZE - 28;
            for (int line = 1; line <= 3; line++) {
                String instruction = messages.getMessage("invite.sheet.step" + line, new Object[] {invite.code()}, locale);
                text(regular, 11, x, lineY, fitted(regular, 11, width - 2 * PADDING, instruction));
                lineY -= 14;
            }
        }

        private void qr(String content, float x, float y) throws IOException {
            BitMatrix matrix;
            try {
                matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                        Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
            } catch (WriterException e) {
                throw new IOException("cannot draw a QR code of " + content, e);
            }
            float module = QR_SIZE / matrix.getWidth();
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int column = 0; column < matrix.getWidth(); column++) {
                    if (matrix.get(column, row)) {
                        page.addRect(x + column * module, y + QR_SIZE - (row + 1) * module, module, module);
                    }
                }
            }
            page.fill();
        }

        private void text(PDType0Font font, float size, float x, float y, String text) throws IOException {
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, y);
            page.showText(text);
            page.endText();
        }

        private float fit(PDType0Font font, String text, float size, float room) throws IOException {
            float width = font.getStringWidth(text) / 1000 * size;
            return width <= room ? size : Math.max(8, size * room / width);
        }

        private String fitted(PDType0Font font, float size, float room, String text) throws IOException {
            String shown = text;
            while (shown.length() > 1 && font.getStringWidth(shown) / 1000 * size > room) {
                shown = shown.substring(0, shown.length() - 2) + "…";
            }
            return shown;
        }

        private void newPage() throws IOException {
            close();
            var added = new PDPage(PDRectangle.A4);
            document.addPage(added);
            page = new PDPageContentStream(document, added);
        }

        void close() throws IOException {
            if (page != null) {
                page.close();
                page = null;
            }
        }
    }
}
