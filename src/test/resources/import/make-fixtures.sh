#!/bin/sh
# How the LibreOffice-made fixtures here were produced (run once by hand; the build never needs LibreOffice).
# apt-get install libreoffice-calc
set -e
cd "$(dirname "$0")"
sed -e 's/<office:spreadsheet>/<office:spreadsheet><table:calculation-settings><table:null-date table:date-value="1904-01-01"\/><\/table:calculation-settings>/' \
    customers.fods > dates1904.fods
soffice --headless --convert-to xlsx customers.fods dates1904.fods
# Every column as text (format 2), so that amounts keep their decimal commas for the importer to read.
soffice --headless --infilter="CSV:59,34,76,1,1/2/2/2/3/2/4/2/5/2" --convert-to xlsx purchases.csv
soffice --headless --convert-to xls customers.fods
