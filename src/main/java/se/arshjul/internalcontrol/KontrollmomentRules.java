package se.arshjul.internalcontrol;

import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

import se.arshjul.validation.FormReader;
import se.arshjul.validation.FormValidator;
import se.arshjul.validation.Texts;

/**
 * Reads a {@link KontrollmomentForm} into a {@link Kontrollmoment}: Bean Validation for the texts,
 * then the choices and the rules between fields (the group and person exist, stickprov only with
 * the method stickprov, the months that suit the frequency), all into one set of field errors.
 */
@Component
class KontrollmomentRules {
    static final int MAX_STICKPROV = 10_000;

    private final FormValidator validator;
    private final IdentityService identityService;

    KontrollmomentRules(FormValidator validator, IdentityService identityService) {
        this.validator = validator;
        this.identityService = identityService;
    }

    /** The kontrollmoment the form describes, or {@code InvalidInputException} with every refused field. */
    Kontrollmoment read(int year, Long id, Long version, KontrollmomentForm form) {
        FormReader reader = new FormReader(validator.check(form));
        String group = Texts.clean(form.getAnsvarigGrupp());
        String person = Texts.clean(form.getAnsvarigPerson());
        checkPeople(reader, group, person);
        Kontrollmoment.Metod metod = required(reader, "metod", reader.choice("metod", form.getMetod(), Kontrollmoment.Metod.class));
        Integer stickprov = reader.whole("stickprov", form.getStickprov(), 1, MAX_STICKPROV);
        if (stickprov != null && metod != Kontrollmoment.Metod.STICKPROV) reader.reject("stickprov", "ic.control.stickprov.onlyStickprov");
        Frequency frekvens = required(reader, "frekvens", reader.choice("frekvens", form.getFrekvens(), Frequency.class));
        List<Integer> manader = form.getManader().stream().filter(Objects::nonNull).distinct().sorted().toList();
        checkMonths(reader, frekvens, manader);
        reader.throwIfAny();
        return new Kontrollmoment(id, year, Texts.clean(form.getProcess()), Texts.clean(form.getKontrollmal()),
                Texts.clean(form.getAnsvarigRoll()), group, person, metod, stickprov, frekvens, Frequency.formatMonths(manader),
                Texts.clean(form.getRapportTill()), Texts.clean(form.getRapportNar()), form.isKommunovergripande(),
                Texts.clean(form.getVarfor()), version);
    }

    private static <T> T required(FormReader reader, String field, T value) {
        if (value == null) reader.reject(field, "validation.choice");
        return value;
    }

    private void checkPeople(FormReader reader, String group, String person) {
        if (group == null) {
            reader.reject("ansvarigGrupp", "validation.choice");
        } else if (identityService.createGroupQuery().groupId(group).count() == 0) {
            reader.reject("ansvarigGrupp", "ic.control.group.unknown", group);
        }
        if (person != null && identityService.createUserQuery().userId(person).count() == 0) {
            reader.reject("ansvarigPerson", "ic.control.person.unknown", person);
        } else if (person != null && group != null
                && identityService.createUserQuery().userId(person).memberOfGroup(group).count() == 0) {
            reader.reject("ansvarigPerson", "ic.control.person.notInGroup", person);
        }
    }

    private static void checkMonths(FormReader reader, Frequency frekvens, List<Integer> manader) {
        if (frekvens == null) return;
        if (manader.stream().anyMatch(m -> m < 1 || m > 12)) {
            reader.reject("manader", "validation.choice");
            return;
        }
        switch (frekvens) {
            case MONTHLY, QUARTERLY -> {
                if (!manader.isEmpty()) reader.reject("manader", "ic.control.months.notForFrequency");
            }
            case YEARLY -> {
                if (manader.size() != 1) reader.reject("manader", "ic.control.months.exactlyOne");
            }
            case SELECTED_MONTHS -> {
                if (manader.size() < 2) reader.reject("manader", "ic.control.months.atLeastTwo");
            }
        }
    }
}
