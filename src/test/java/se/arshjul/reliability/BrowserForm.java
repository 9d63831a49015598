package se.arshjul.reliability;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The fields a browser would post from a page's first method="post" form that has the given action. */
final class BrowserForm {

    static Map<String, String> fields(String html, String action) {
        Document page = Jsoup.parse(html);
        Element form = page.selectFirst("form[method=post][action=" + action + "]");
        if (form == null) throw new AssertionError("No form posting to " + action);
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) continue;
            fields.put(input.attr("name"), type.equals("checkbox") && !input.hasAttr("value") ? "on" : input.val());
        }
        for (Element area : form.select("textarea[name]")) fields.put(area.attr("name"), area.val());
        for (Element select : form.select("select[name]")) {
            Element chosen = select.selectFirst("option[selected]");
            if (chosen == null) chosen = select.selectFirst("option");
            fields.put(select.attr("name"), chosen == null ? "" : chosen.val());
        }
        return fields;
    }

    /** The text of a text area on the page, as the browser shows it. */
    static String textArea(String html, String name) {
        Element area = Jsoup.parse(html).selectFirst("textarea[name=" + name + "]");
        if (area == null) throw new AssertionError("No text area " + name);
        return area.val();
    }

    /** The conflict view's rows: field label → [saved, yours]. */
    static Map<String, String[]> conflictRows(String html) {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (Element row : Jsoup.parse(html).select("#konflikt tbody tr")) {
            rows.put(row.selectFirst("th").text(), new String[] {row.selectFirst("td.saved").wholeText(), row.selectFirst("td.yours").wholeText()});
        }
        return rows;
    }

    private BrowserForm() {}
}
