-- Desk security (issue 15 item 7; README "Desk security"). Both tables live in the database, not in a replica's
-- memory, so that every edition-service replica applies the same throttle and honours the same sign-out.

-- Failed sign-ins per subject: 'user:<username>' and 'address:<client address>'. A failure after the first few of
-- a window locks the subject for a time that doubles with each further failure; a sign-in asked for while locked is
-- answered 429 without checking the password. Rows older than the window are reset by the next failure.
create table sign_in_throttle (
    subject         varchar(200) primary key,
    failures        integer      not null check (failures > 0),
    last_failure_at timestamptz  not null,
    locked_until    timestamptz  not null
);

-- Desk sessions ended by 退出: the session token's id (jti) until the token would have expired anyway. Expired rows
-- are deleted at the next sign-out.
create table revoked_session (
    jti        varchar(64) primary key,
    expires_at timestamptz not null
);
create index revoked_session_expires_at on revoked_session (expires_at);
