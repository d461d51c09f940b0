package org.collabscreen.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The embedded PostgreSQL superuser's password: generated once (256 random bits) into a file of the database folder
 * that only its owner may read (mode 600), and read from there on every later start.
 */
final class SuperuserPassword {

    static final String FILE_NAME = "superuser-password";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SuperuserPassword() {}

    static String readOrCreate(Path directory) throws IOException {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            try {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, password + "\n", StandardCharsets.US_ASCII);
            } catch (FileAlreadyExistsException raced) {
                // Created meanwhile: read it below.
            }
        }
        String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (password.isEmpty()) {
            throw new IOException(file + " is empty; restore the password it held, or delete the whole folder "
                    + directory + " to start from an empty database");
        }
        return password;
    }

    /** Mode 600 from the start, so that the password is never readable by others, even for an instant. */
    private static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the folder's access list, which is the user's own under a checkout.
            Files.createFile(file);
        }
    }
}
