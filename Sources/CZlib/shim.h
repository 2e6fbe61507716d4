// zlib from the system (Debian's zlib1g-dev): Cadre inflates the parts of Excel workbooks
// (sign-up sheets saved as .xlsx), which are DEFLATE-compressed inside their ZIP container.
#include <zlib.h>
