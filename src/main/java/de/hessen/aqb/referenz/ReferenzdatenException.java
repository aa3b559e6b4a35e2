package de.hessen.aqb.referenz;

/** Invalid reference data; the message names the file and, where known, the line. */
public class ReferenzdatenException extends IllegalStateException {

    public ReferenzdatenException(String message) {
        super(message);
    }

    public ReferenzdatenException(String message, Throwable cause) {
        super(message, cause);
    }
}
