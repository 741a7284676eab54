package vn.chibo.statistics;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
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
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The charts of the statistics, drawn on the server (headless) as PNG for the size they are shown at: a chat shows
 * a photo about 300 px wide, a phone's page about 360, so the layout is {@value #WIDTH} points wide with type that
 * stays at least 9 px high there, and the PNG has {@value #SCALE} times as many pixels so it stays sharp when tapped
 * open. Bars run across, one row per month or cell, so their labels read level and their values never touch; a bar
 * at or above the target is green, one below it red; a month without a meeting is marked as such, not drawn as 0%.
 */
@Component
public class Charts {

    /** The layout's width, in the points its type is set in; the PNG has {@link #SCALE} times as many pixels. */
    public static final int WIDTH = 400;
    public static final int SCALE = 2;
    /** The smallest type on a chart, in points. */
    public static final int SMALLEST_TYPE = 13;
    /** A ranking shows at most this many cells, the lowest first: enough to act on, small enough to read. */
    public static final int MAX_RANKED_CELLS = 40;
    private static final int ROW = 30;
    private static final int MARGIN = 190;
    private static final Color BELOW = new Color(0xC6, 0x28, 0x28);
    private static final Color MET = new Color(0x2E, 0x7D, 0x32);
    private static final Color TARGET = new Color(0x1B, 0x5E, 0x20);
    private static final Color NOTE = new Color(0x44, 0x44, 0x44);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 17);
    private static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, SMALLEST_TYPE);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font VALUE = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final MessageSource messages;

    Charts(MessageSource messages) {
        this.messages = messages;
    }

    /** The color of a bar: green at or above the target, red below it. */
    public static Color barColor(double rate, double target) {
        return rate >= target ? MET : BELOW;
    }

    /** Attendance rate month by month, the oldest first, with the target as a line down. */
    public byte[] trend(String unitName, List<PeriodFigures> months, double target, String criteria, Locale locale) {
        var dataset = new DefaultCategoryDataset();
        String series = text("chart.rate", locale);
        for (PeriodFigures month : months) {
            dataset.addValue(month.attendanceRate(), series, month.month().format(MONTH));
        }
        JFreeChart chart = ChartFactory.createBarChart(text("chart.trend.title", locale, unitName),
                null, text("chart.rate", locale), dataset, PlotOrientation.HORIZONTAL, false, false, false);
        CategoryPlot plot = style(chart, dataset, target, criteria, locale);
        for (PeriodFigures month : months) {
            if (month.attendanceRate() == null) {
                noMeeting(plot, month.month().format(MONTH), locale);
            }
        }
        return png(chart, WIDTH, height(months.size()));
    }

    /** Cells by attendance rate, the lowest first, with the target as a line down. */
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
        CategoryPlot plot = style(chart, dataset, target, criteria, locale);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        for (CommitteeFigures.CellRank cell : shown) {
            if (cell.total().attendanceRate() == null) {
                noMeeting(plot, cell.rank() + ". " + cell.cellName(), locale);
            }
        }
        return png(chart, WIDTH, height(shown.size()));
    }

    /** The layout height of a chart of so many rows (months or cells); the PNG is {@link #SCALE} times as high. */
    public static int height(int rows) {
        return MARGIN + ROW * Math.max(rows, 4);
    }

    /**
     * The criteria applied go under the title: a chart passed on alone still says what it measured against. The
     * target's line is named there too, where it cannot sit on a bar.
     */
    private CategoryPlot style(JFreeChart chart, DefaultCategoryDataset dataset, double target, String criteria, Locale locale) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(TITLE);
        chart.getTitle().setMaximumLinesToDisplay(2);
        var legend = new TextTitle(text("chart.legend", locale, target), SUBTITLE);
        legend.setPaint(TARGET);
        chart.addSubtitle(legend);
        var subtitle = new TextTitle(criteria, SUBTITLE);
        subtitle.setPaint(NOTE);
        subtitle.setMaximumLinesToDisplay(5);
        chart.addSubtitle(subtitle);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setOutlineVisible(false);
        var range = (NumberAxis) plot.getRangeAxis();
        range.setRange(0, 125);
        range.setTickUnit(new NumberTickUnit(25));
        range.setLabelFont(LABEL);
        range.setTickLabelFont(LABEL);
        plot.getDomainAxis().setTickLabelFont(LABEL);
        plot.getDomainAxis().setCategoryMargin(0.25);
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                Number rate = dataset.getValue(row, column);
                return rate == null ? BELOW : barColor(rate.doubleValue(), target);
            }
        };
        plot.setRenderer(renderer);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0);
        var percent = NumberFormat.getNumberInstance(locale);
        percent.setMaximumFractionDigits(0);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}%", percent));
        renderer.setDefaultItemLabelFont(VALUE);
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        plot.addRangeMarker(new ValueMarker(target, TARGET, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] {8f, 6f}, 0f)));
        return plot;
    }

    /** Where there is no bar because nothing was recorded: a word, so it does not read as 0%. */
    private void noMeeting(CategoryPlot plot, String category, Locale locale) {
        var note = new CategoryTextAnnotation(text("chart.noMeeting", locale), category, 3);
        note.setFont(SUBTITLE);
        note.setPaint(NOTE);
        note.setTextAnchor(TextAnchor.CENTER_LEFT);
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
