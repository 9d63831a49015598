package se.arshjul.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/** One clock: only the time package reads the engine clock or names a zone; nothing asks for "now" without the Clock bean. */
class OneClockTest {

    static final ArchRule nothingCallsNowWithoutTheClock = noClasses().that().resideOutsideOfPackage("se.arshjul.time..")
            .should().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(Instant.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callConstructor(Date.class)
            .orShould().callMethod(ZoneId.class, "systemDefault")
            .orShould().callMethod(ZoneId.class, "of", String.class)
            .orShould().callMethod(ClockUtil.class, "getCurrentTime")
            .because("the application has one java.time.Clock (se.arshjul.time.EngineClock) that follows the engine clock "
                    + "and the configured zone Europe/Stockholm");

    /** Run as a plain JUnit test (Surefire runs the Jupiter engine; ArchUnit's own engine found no tests there). */
    @Test
    void nothingOutsideTheTimePackageAsksForNow() {
        nothingCallsNowWithoutTheClock.check(new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("se.arshjul"));
    }
}
