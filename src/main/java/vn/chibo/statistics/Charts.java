package vn.chibo.statistics;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The charts of the statistics, drawn on the server (headless) as PNG: the monthly trend and a cell ranking. */
@Component
public class Charts {

    public static final int WIDTH = 900;
    public static final int TREND_HEIGHT = 500;
    /** A ranking shows at most this many cells, the lowest first: enough to act on, small enough to read. */
    public static final int MAX_RANKED_CELLS = 40;
    private static final int RANKING_ROW = 24;
    private static final int RANKING_MARGIN = 140;
    private static final Color BAR = new Color(0xC6, 0x28, 0x28);
    private static final Color TARGET = new Color(0x1B, 0x5E, 0x20);

    private final MessageSource messages;

    Charts(MessageSource messages) {
        this.messages = messages;
    }

    /** Attendance rate month by month, with the target as a line across. */
    public byte[] trend(String unitName, List<PeriodFigures> months, double target, String criteria, Locale locale) {
        var dataset = new DefaultCategoryDataset();
        String series = text("chart.rate", locale);
        for (PeriodFigures month : months) {
            dataset.addValue(month.attendanceRate(), series,
                    month.month().getMonthValue() + "/" + month.month().getYear());
        }
        JFreeChart chart = ChartFactory.createBarChart(text("chart.trend.title", locale, unitName),
                text("chart.month", locale), text("chart.rate", locale), dataset, PlotOrientation.VERTICAL,
                false, false, false);
        CategoryPlot plot = style(chart, target, criteria, locale);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
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
        style(chart, target, criteria, locale);
        return png(chart, WIDTH, rankingHeight(shown.size()));
    }

    public static int rankingHeight(int cells) {
        return RANKING_MARGIN + RANKING_ROW * Math.max(cells, 4);
    }

    /** The criteria applied go under the title: a chart passed on alone still says what it measured against. */
    private CategoryPlot style(JFreeChart chart, double target, String criteria, Locale locale) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        var subtitle = new TextTitle(criteria, new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        subtitle.setMaximumLinesToDisplay(3);
        chart.addSubtitle(subtitle);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getRangeAxis().setRange(0, 100);
        var renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setSeriesPaint(0, BAR);
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.08);
        var marker = new ValueMarker(target, TARGET, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] {8f, 6f}, 0f));
        marker.setLabel(text("chart.target", locale, target));
        marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        marker.setLabelPaint(TARGET);
        boolean horizontalBars = plot.getOrientation() == PlotOrientation.HORIZONTAL;
        marker.setLabelAnchor(horizontalBars ? RectangleAnchor.BOTTOM_LEFT : RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(marker);
        return plot;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static byte[] png(JFreeChart chart, int width, int height) {
        try (var out = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
