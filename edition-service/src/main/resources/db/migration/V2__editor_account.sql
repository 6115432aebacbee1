-- Editors who may sign in to the review desk (README "The review desk"). Passwords are bcrypt hashes
-- (Modular Crypt Format, $2a$…); accounts are created with `./newsroom editor-add USERNAME`.
create table editor_account (
    username      varchar(64)  primary key check (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    password_hash varchar(100) not null,
    display_name  text         not null,
    created_at    timestamptz  not null
);
