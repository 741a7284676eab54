package vn.chibo.statistics;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The charts of the statistics, drawn on the server (headless) as PNG for a phone's screen first: a narrow
 * layout with large type, drawn at twice its size in pixels so it stays sharp on phones' dense screens, each
 * bar labelled with its value, and a month without a meeting marked as such rather than drawn as 0%.
 */
@Component
public class Charts {

    /** The layout's size, in the points its type is set in; the PNG has {@link #SCALE} times as many pixels. */
    public static final int WIDTH = 600;
    public static final int TREND_HEIGHT = 460;
    public static final int SCALE = 2;
    /** A ranking shows at most this many cells, the lowest first: enough to act on, small enough to read. */
    public static final int MAX_RANKED_CELLS = 40;
    private static final int RANKING_ROW = 34;
    private static final int RANKING_MARGIN = 170;
    private static final Color BAR = new Color(0xC6, 0x28, 0x28);
    private static final Color TARGET = new Color(0x1B, 0x5E, 0x20);
    private static final Color NOTE = new Color(0x55, 0x55, 0x55);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 17);
    private static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font VALUE = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MM/yy");

    private final MessageSource messages;

    Charts(MessageSource messages) {
        this.messages = messages;
    }

    /** Attendance rate month by month, with the target as a line across. */
    public byte[] trend(String unitName, List<PeriodFigures> months, double target, String criteria, Locale locale) {
        var dataset = new DefaultCategoryDataset();
        String series = text("chart.rate", locale);
        for (PeriodFigures month : months) {
            dataset.addValue(month.attendanceRate(), series, month.month().format(SHORT_MONTH));
        }
        JFreeChart chart = ChartFactory.createBarChart(text("chart.trend.title", locale, unitName),
                null, text("chart.rate", locale), dataset, PlotOrientation.VERTICAL, false, false, false);
        CategoryPlot plot = style(chart, target, criteria, locale);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        for (PeriodFigures month : months) {
            if (month.attendanceRate() == null) {
                noMeeting(plot, month.month().format(SHORT_MONTH), -Math.PI / 2, locale);
            }
        }
        return png(chart, WIDTH, TREND_HEIGHT);
    }

    /** Cells by attendance rate, the lowest first, with the target as a line across. */
    public byte[] ranking(String unitName, List<CommitteeFigures.CellRank> cells, double target, String criteria,
                          Locale locale) {
        var dataset = new DefaultCategoryDataset();
        String series = text("chart.rate", locale);
        List<CommitteeFigures.CellRank> shown = cells.stream().limit(MAX_RANKED_CELLS).toList();
        for (CommitteeFigures.CellRank cell : shown) {
            dataset.addValue(cell.total().attendanceRate(), series, cell.rank() + ". " + cell.cellName());
        }
        JFreeChart chart = ChartFactory.createBarChart(text("chart.ranking.title", locale, unitName),
                null, text("chart.rate", locale), dataset, PlotOrientation.HORIZONTAL, false, false, false);
        CategoryPlot plot = style(chart, target, criteria, locale);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        for (CommitteeFigures.CellRank cell : shown) {
            if (cell.total().attendanceRate() == null) {
                noMeeting(plot, cell.rank() + ". " + cell.cellName(), 0, locale);
            }
        }
        return png(chart, WIDTH, rankingHeight(shown.size()));
    }

    /** The layout height of a ranking of so many cells; the PNG is {@link #SCALE} times as high. */
    public static int rankingHeight(int cells) {
        return RANKING_MARGIN + RANKING_ROW * Math.max(cells, 4);
    }

    /** The criteria applied go under the title: a chart passed on alone still says what it measured against. */
    private CategoryPlot style(JFreeChart chart, double target, String criteria, Locale locale) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(TITLE);
        chart.getTitle().setMaximumLinesToDisplay(2);
        var subtitle = new TextTitle(criteria, SUBTITLE);
        subtitle.setPaint(NOTE);
        subtitle.setMaximumLinesToDisplay(4);
        chart.addSubtitle(subtitle);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setOutlineVisible(false);
        var range = (NumberAxis) plot.getRangeAxis();
        range.setRange(0, 112);
        range.setTickUnit(new NumberTickUnit(20));
        range.setLabelFont(LABEL);
        range.setTickLabelFont(LABEL);
        plot.getDomainAxis().setTickLabelFont(LABEL);
        var renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setSeriesPaint(0, BAR);
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.12);
        renderer.setItemMargin(0);
        var percent = NumberFormat.getNumberInstance(locale);
        percent.setMaximumFractionDigits(0);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}%", percent));
        renderer.setDefaultItemLabelFont(VALUE);
        renderer.setDefaultItemLabelsVisible(true);
        boolean horizontalBars = plot.getOrientation() == PlotOrientation.HORIZONTAL;
        renderer.setDefaultPositiveItemLabelPosition(horizontalBars
                ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        var marker = new ValueMarker(target, TARGET, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] {8f, 6f}, 0f));
        marker.setLabel(text("chart.target", locale, target));
        marker.setLabelFont(VALUE);
        marker.setLabelPaint(TARGET);
        marker.setLabelAnchor(horizontalBars ? RectangleAnchor.BOTTOM_LEFT : RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(horizontalBars ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(marker);
        return plot;
    }

    /** Where there is no bar because nothing was recorded: a word, so it does not read as 0%. */
    private void noMeeting(CategoryPlot plot, String category, double angle, Locale locale) {
        var note = new CategoryTextAnnotation(text("chart.noMeeting", locale), category, 3);
        note.setFont(SUBTITLE);
        note.setPaint(NOTE);
        note.setTextAnchor(TextAnchor.CENTER_LEFT);
        note.setRotationAnchor(TextAnchor.CENTER_LEFT);
        note.setRotationAngle(angle);
        plot.addAnnotation(note);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static byte[] png(JFreeChart chart, int width, int height) {
        try (var out = new ByteArrayOutputStream()) {
            ChartUtils.writeScaledChartAsPNG(out, chart, width, height, SCALE, SCALE);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
