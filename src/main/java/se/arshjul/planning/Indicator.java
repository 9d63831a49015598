package se.arshjul.planning;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An indicator of a nämndmål with its yearly utfall, etappmål and målvärde 2030. */
@Table
public record Indicator(@Id Long id, Long namndmalId, int sortOrder, String name, String unit, Direction direction,
                        String source, String footnotes, BigDecimal etappmalValue, String etappmalText,
                        BigDecimal malvardeValue, String malvardeText, Set<IndicatorValue> values) {

    public Target etappmal() {
        return new Target(etappmalValue, etappmalText);
    }

    public Target malvarde() {
        return new Target(malvardeValue, malvardeText);
    }

    public Optional<IndicatorValue> valueFor(int year) {
        return values.stream().filter(v -> v.outcomeYear() == year).findFirst();
    }

    /** Footnotes are stored one per line. */
    public List<String> footnoteList() {
        return footnotes == null ? List.of() : Arrays.stream(footnotes.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    Indicator copyTo(Long newNamndmalId) {
        return new Indicator(null, newNamndmalId, sortOrder, name, unit, direction, source, footnotes,
                etappmalValue, etappmalText, malvardeValue, malvardeText, Set.copyOf(values));
    }
}
