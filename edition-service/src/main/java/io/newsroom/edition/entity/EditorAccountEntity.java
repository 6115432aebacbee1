package io.newsroom.edition.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An editor who may sign in to the review desk (table {@code editor_account}, migration V2). */
@Entity
@Table(name = "editor_account")
public class EditorAccountEntity {

    /** Sign-in name, {@code [a-z0-9][a-z0-9._-]{1,63}}; the session token's {@code upn}. */
    @Id
    public String username;

    /** bcrypt hash of the password in Modular Crypt Format ({@code $2a$10$…}). */
    public String passwordHash;

    /** Name shown in the desk, e.g. 张编辑. */
    public String displayName;

    /** When the account was created. */
    public Instant createdAt;
}
