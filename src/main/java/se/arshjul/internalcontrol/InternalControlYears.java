package se.arshjul.internalcontrol;

import se.arshjul.web.NotFoundException;

/** The years the internal control pages answer for; any other year in the address is not found. */
final class InternalControlYears {
    private InternalControlYears() {}

    static int check(int year) {
        if (year < 2000 || year > 2100) {
            throw new NotFoundException("ic.year.notFound");
        }
        return year;
    }
}
