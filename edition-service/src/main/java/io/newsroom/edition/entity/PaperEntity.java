package io.newsroom.edition.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A newspaper we receive pages of; rows are seeded by Flyway ({@code lcrb} 聊城日报). */
@Entity
@Table(name = "paper")
public class PaperEntity {

    /** Paper code, e.g. {@code lcrb}. */
    @Id
    public String code;

    /** Masthead name, e.g. 聊城日报. */
    public String name;

    /** Publisher, e.g. 聊城日报社. */
    public String publisher;

    /** BCP 47 language tag, e.g. {@code zh-CN}. */
    public String language;
}
