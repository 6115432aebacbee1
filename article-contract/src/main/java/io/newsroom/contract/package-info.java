/**
 * The wire contract of the newsroom services: every record and enum that crosses a service boundary
 * (edition-service → article-service, edition-service → render-service, render-service → article-service), and
 * the one rule for paper codes, edition dates and page numbers ({@link io.newsroom.contract.Editions}). Plain
 * records and enums with Jakarta validation annotations; every service maps them to snake_case JSON.
 */
package io.newsroom.contract;
