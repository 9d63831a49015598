package se.arshjul.suppliers.registry;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Swedish organisationsnummer: ten digits written NNNNNN-NNNN whose last digit is a Luhn
 * (mod 10) check digit over the first nine.
 */
public final class OrgNr {
    private static final Pattern FORMAT = Pattern.compile("^\\d{6}-?\\d{4}$");

    /** The normalised form NNNNNN-NNNN, or empty when the format is wrong (check digit not tested). */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        if (!FORMAT.matcher(s).matches()) {
            return Optional.empty();
        }
        String digits = s.replace("-", "");
        return Optional.of(digits.substring(0, 6) + "-" + digits.substring(6));
    }

    /** The bundle key of what is wrong with the number, or empty when it is valid. */
    public static Optional<String> problem(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.of("validation.required");
        }
        Optional<String> normal = normalise(raw);
        if (normal.isEmpty()) {
            return Optional.of("supplier.orgNr.format");
        }
        String digits = normal.get().replace("-", "");
        if (checkDigit(digits.substring(0, 9)) != digits.charAt(9) - '0') {
            return Optional.of("supplier.orgNr.checkDigit");
        }
        return Optional.empty();
    }

    public static boolean isValid(String raw) {
        return problem(raw).isEmpty();
    }

    /** Luhn check digit of nine digits (weights 2,1,2,1,... from the left). */
    public static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int d = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10;
    }

    /** Nine digits plus their check digit, as NNNNNN-NNNN (for demo data and tests). */
    public static String withCheckDigit(String nineDigits) {
        return nineDigits.substring(0, 6) + "-" + nineDigits.substring(6) + checkDigit(nineDigits);
    }

    private OrgNr() {}
}
