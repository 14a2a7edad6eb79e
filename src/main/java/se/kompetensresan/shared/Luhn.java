package se.kompetensresan.shared;

/** The Luhn (mod 10) check used by Swedish organisation and personal identity numbers. */
public final class Luhn {
    private Luhn() {
    }

    /** True when the last digit is the Luhn check digit of the others. */
    public static boolean valid(String digits) {
        int sum = 0;
        boolean dbl = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int n = digits.charAt(i) - '0';
            if (dbl) {
                n *= 2;
                if (n > 9) {
                    n -= 9;
                }
            }
            sum += n;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }
}
